"""Translation of days: engines, protected spans, cache, title memory, gazetteer.

Public entry points live in ``daybook.translate.day`` (``translate_day``, ``can_translate``,
``day_in_language``, ``cached_day_in_language``) and
``daybook.translate.engines`` (``get_engine``). Nothing is imported here so that importing
the package does no work. The notice a published translation opens with is locale text of
``daybook.publish.locale`` (``translation_notice``): translate never imports publish.
"""
