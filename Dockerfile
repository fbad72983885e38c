# The production image: gunicorn serving config.settings.production as a non-root user.
# Everything site-specific comes from the environment at run time (README, "Deploying").
FROM python:3.11-slim

ENV PYTHONUNBUFFERED=1 \
    PYTHONDONTWRITEBYTECODE=1 \
    UV_PYTHON_DOWNLOADS=never \
    UV_PROJECT_ENVIRONMENT=/app/.venv \
    UV_COMPILE_BYTECODE=1 \
    UV_LINK_MODE=copy \
    PATH=/app/.venv/bin:$PATH \
    DJANGO_SETTINGS_MODULE=config.settings.production \
    PORT=8000

RUN pip install --no-cache-dir uv==0.13.8 \
    && useradd --create-home --uid 1000 nerima

WORKDIR /app

# Dependencies first, so a code change reuses this layer.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --locked --no-dev --no-install-project

COPY . .
# Translations and static files (hashed, compressed) are built into the image. collectstatic
# needs the required variables to import the settings; these placeholders serve nothing.
RUN python scripts/compile_messages.py \
    && SECRET_KEY=collectstatic-only ALLOWED_HOSTS=localhost WAGTAILADMIN_BASE_URL=http://localhost \
       python manage.py collectstatic --noinput -v0 \
    && mkdir -p var/media \
    && chown -R nerima:nerima var

USER nerima
EXPOSE 8000
CMD ["gunicorn", "-c", "config/gunicorn.py"]
