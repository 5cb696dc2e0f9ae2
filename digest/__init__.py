"""The digest: a page of open relevant calls (and, later, its web server and feeds)."""
