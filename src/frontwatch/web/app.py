"""The FastAPI application: JSON endpoints over the record, the page at ``/``.

Everything it reads comes through a read-only store (``readonly.py``); every answer is a
Pydantic model, so ``/openapi.json`` documents exactly what is sent. Untrusted text
(articles, titles, names) leaves here as JSON strings only; the page inserts it as text,
and the Content-Security-Policy below forbids any script that is not one of our files."""

from __future__ import annotations

from pathlib import Path

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import FileResponse
from fastapi.staticfiles import StaticFiles

from .. import __version__
from .articles import article
from .models import Article, Problem
from .readonly import Database
from .routes import router

STATIC = Path(__file__).parent / "static"

# Scripts only from our own origin (no inline script, no eval); OpenStreetMap tiles are the
# one outside resource, loaded only when the user picks that layer.
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; "
       "img-src 'self' data: https://tile.openstreetmap.org; connect-src 'self'; font-src 'self'; "
       "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
NOT_FOUND = {404: {"model": Problem}}


def create_app(db: Database) -> FastAPI:
    app = FastAPI(title="frontwatch", version=__version__, docs_url=None, redoc_url=None,
                  description="A read-only view of the record: events, places, claims and their evidence.")
    app.state.db = db

    @app.middleware("http")
    async def security_headers(request: Request, call_next):
        response = await call_next(request)
        response.headers["Content-Security-Policy"] = CSP
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    @app.get("/api/articles/{article_id}", response_model=Article, responses=NOT_FOUND, tags=["articles"])
    def get_article(article_id: str) -> Article:
        """One stored article: its text and its layers as code-point offsets into it."""
        doc = db.store().document(article_id)
        if doc is None:
            raise HTTPException(404, f"no article {article_id!r}")
        return article(doc)

    app.include_router(router)

    @app.get("/", include_in_schema=False)
    def index() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def docs() -> FileResponse:
        """Swagger UI from the package's own files: the same strict policy as the page."""
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
