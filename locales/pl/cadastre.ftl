# Rejestr finansowania: dla każdego EPN ze znakiem jakości i roku – środki według podmiotu finansującego i koszty.

cadastre-nav = Rejestr finansowania
cadastre-title = Rejestr finansowania EPN ze znakiem jakości
cadastre-intro-manager = Dla każdego z twoich miejsc ze znakiem jakości podaj za każdy rok, kto je finansuje i ile kosztuje. Koordynacja używa tych danych do oceny planu.
cadastre-intro-coordination = Wpisy EPN ze znakiem jakości za dany rok, z sumami. Kierownicy EPN je wpisują i poprawiają.
cadastre-no-labelled-place = Żadne z twoich miejsc nie ma znaku jakości: rejestr jest dla EPN ze znakiem jakości.
cadastre-years = Inne lata
cadastre-year-link = Rok { $year }
cadastre-year-title = Rok { $year }
cadastre-respondents = { $count ->
    [one] Jedna osoba odpowiedziała.
    [few] { $count } osoby odpowiedziały.
    [many] { $count } osób odpowiedziało.
   *[other] { $count } osoby odpowiedziało.
}
cadastre-region-share = Udział regionu w środkach:
cadastre-no-share = brak środków
cadastre-none = Nie ma jeszcze wpisów za ten rok.
cadastre-entries-caption = Wpisy za { $year } według miejsca
cadastre-funders-caption = Środki za { $year } według podmiotu finansującego
cadastre-place = Miejsce
cadastre-funder = Podmiot finansujący
cadastre-received = Otrzymane przez EPN
cadastre-mobilised = Zapewnione przez instytucję macierzystą
cadastre-region-share-column = Udział regionu
cadastre-share-column = Udział we wszystkich środkach
cadastre-costs = Koszty
cadastre-total = Razem
cadastre-place-title = Rejestr finansowania: { $place }
cadastre-saved = Rok { $year } został zapisany.
cadastre-no-entry = Nie ma jeszcze wpisu.
cadastre-history-caption = Wpisy według roku
cadastre-correct = Popraw
cadastre-form-title = Wpisz albo popraw rok
cadastre-form-intro = Kwoty w euro, z przecinkiem albo kropką przed centami. Zostaw puste to, co nie dotyczy. Zapisanie roku, który ma już wpis, zastępuje ten wpis.
cadastre-resources = Środki według podmiotu finansującego
cadastre-euros-hint = W euro, na przykład 12 500,50
cadastre-year-hint = Cztery cyfry, na przykład 2025
cadastre-field-year = Rok
cadastre-field-received = Otrzymane przez EPN (€)
cadastre-field-host = Zapewnione przez instytucję macierzystą (€)
cadastre-field-cost_epn_staff = Personel EPN (€)
cadastre-field-cost_host_staff = Personel instytucji macierzystej pracujący dla EPN (€)
cadastre-field-cost_running = Koszty bieżące (€)
cadastre-save = Zapisz rok
cadastre-error-year = { $field }: podaj rok czterema cyframi, od 2015 do bieżącego roku.
cadastre-error-amount = { $field }: podaj kwotę w euro, na przykład 12500,50 (bez minusa, najwyżej dwa miejsca po przecinku).
cadastre-error-too-large = { $field }: kwota musi być mniejsza niż 10 milionów euro.
cadastre-head-count = Personel (osoby)
cadastre-staff = Personel
cadastre-staff-intro = Ile osób pracuje dla EPN, według umowy, funkcji i czasu pracy. Zostaw puste to, co nie dotyczy.
cadastre-contract-permanent = Umowa na czas nieokreślony
cadastre-contract-fixed-term = Umowa na czas określony
cadastre-contract-subsidised = Praca subsydiowana (artykuł 60, ACS…)
cadastre-contract-volunteer = Wolontariusze
cadastre-role-animator-full = Animatorzy, pełny etat
cadastre-role-animator-part = Animatorzy, niepełny etat
cadastre-role-coordinator-full = Koordynatorzy, pełny etat
cadastre-role-coordinator-part = Koordynatorzy, niepełny etat
cadastre-role-other-full = Inne funkcje, pełny etat
cadastre-role-other-part = Inne funkcje, niepełny etat
cadastre-error-head-count = { $field }: podaj liczbę osób od 0 do 200.
