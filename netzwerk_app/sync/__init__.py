"""Two-way CardDAV sync (RFC 6352, RFC 6578, RFC 6764); Qt-free like the services."""
