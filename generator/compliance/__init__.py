"""KIP compliance: required information, freshness, excluded-information register, service report.

Pure functions over loaded records; rendering lives in ``pages`` and validation in
``validation``. Nothing here reads the clock: the reference date comes from settings,
``SOURCE_DATE_EPOCH``, the HEAD commit or the data.
"""
