"""The map and the API: a read-only FastAPI application over the record and the store
(``frontwatch serve``), and the one-screen page it serves at ``/``."""
