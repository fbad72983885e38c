from core.i18n import active_language, source_language


def site_chrome(request):
    """Language facts every template needs for <html lang> and the untranslated-page notice."""
    return {"active_language": active_language(), "source_language": source_language()}
