"""Translation of days: engines, protected spans, cache, title memory, gazetteer.

Public entry points live in ``daybook.translate.day`` (``translate_day``, ``can_translate``,
``day_in_language``, ``french_digest``, ``translation_notice``) and
``daybook.translate.engines`` (``get_engine``). Nothing is imported here so that importing
the package does no work.
"""
