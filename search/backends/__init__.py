"""Search backends with CJK-aware analysis: the database default and Elasticsearch/OpenSearch."""
