# Het activiteitenlogboek van de EOR: individuele begeleiding, snelle hulp, de lijst.

activity-nav = Activiteitenlogboek
activity-title = Activiteitenlogboek
activity-intro = Noteer de hulp die u geeft: een individuele begeleiding in een paar tikken, snelle hulp met één druk. Over de persoon wordt niets genoteerd.
activity-new-link = Een individuele begeleiding noteren
activity-new-title = Een individuele begeleiding noteren
activity-edit-title = Een individuele begeleiding wijzigen
activity-form-intro = Vandaag, 30 minuten op uw locatie zijn al gekozen: wijzig alleen wat anders is.
activity-saved = De begeleiding is genoteerd.
activity-deleted = De begeleiding is verwijderd.
activity-quick-title = Snelle hulp vandaag
activity-quick-hint = Vijf minuten aan de balie? Druk op het thema: er wordt één snelle hulp meer geteld voor vandaag.
activity-quick-button = { $theme }: { $count } vandaag
activity-quick-added = Eén snelle hulp meer geteld: { $theme }.
activity-list-title = Individuele begeleidingen
activity-list-caption = { $count ->
    [one] Eén individuele begeleiding, de recentste eerst
   *[other] { $count } individuele begeleidingen, de recentste eerst
}
activity-none = Nog geen individuele begeleiding genoteerd.
activity-col-minutes = Minuten
activity-edit-link = Wijzigen
activity-delete-button = Verwijderen
activity-closed-short = Maand afgesloten
activity-closed-title = Deze maand is afgesloten
activity-closed-body = De fiches van een maand kunnen gewijzigd worden tot { $until }. Daarna worden de cijfers van de maand gerapporteerd: vraag het aan de coördinatie als een fiche fout is.
activity-back = Terug naar het activiteitenlogboek
activity-save-button = De begeleiding opslaan
activity-field-place = Locatie
activity-field-date = Datum
activity-field-minutes = Duur
activity-minutes = { $minutes } min
activity-minutes-other = Andere
activity-field-minutes-other = Andere duur, in minuten
activity-minutes-other-hint = Alleen als u "Andere" koos: van 1 tot 600.
activity-field-location = Waar
activity-field-themes = Thema's (één of meer)
activity-field-equipment = Gebruikt materiaal
activity-field-autonomy = De persoon
activity-autonomy-alone = deed het alleen
activity-autonomy-helped = deed het met hulp
activity-autonomy-done-for = de begeleider deed het in hun plaats
activity-field-redirect-place = Doorverwezen naar een locatie
activity-redirect-hint = Optioneel: een locatie uit de gids.
activity-redirect-none = Niet doorverwezen
activity-field-redirect-text = Of doorverwezen naar (vrije tekst)
activity-error-place = Kies een van uw locaties.
activity-error-date = Vul de datum van de begeleiding in, bijvoorbeeld 2026-11-26.
activity-error-date-future = De datum mag niet in de toekomst liggen.
activity-error-date-closed = Deze maand is afgesloten: kies een datum in een open maand.
activity-error-minutes = Kies een duur, of vul er een in van 1 tot 600 minuten.
activity-error-location = Kies waar de begeleiding plaatsvond.
activity-error-themes = Kies minstens één thema.
activity-error-equipment = Kies materiaal uit de lijst.
activity-error-autonomy = Kies hoe zelfstandig de persoon was.
activity-error-redirect = Kies een locatie uit de lijst.
activity-error-redirect-text = De doorverwijzing is te lang: hoogstens 200 tekens.

## Collectieve workshops
