"""Importers: bring an existing DIP, DIK or Satu Data (CKAN) dataset into an Etalase repository.

Each importer reads a source the staff already have (a workbook, a web page, a JSON export, a CKAN
response), maps it onto Etalase's files without inventing a value, and returns problems (as data)
that say, by file, row and column, what is still missing. Only ``generator.cli`` prints.
"""
