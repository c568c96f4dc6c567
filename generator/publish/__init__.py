"""Publishing a built site where a public body may host it: its own web server (nginx or Apache,
in Indonesia) reached over SSH, GitLab Pages, a go.id domain.

``policy`` knows the HTTP headers, MIME types and cache lifetimes; ``nginx`` and ``apache`` write
them as server configuration; ``release`` turns ``site/`` into a release folder (precompressed
copies, ``.htaccess``, ``CNAME``, a hash list); ``ssh`` and ``deploy`` upload, verify, switch and
roll back a release on a server; ``gitlab`` writes the Code Quality report of merge requests.
"""
