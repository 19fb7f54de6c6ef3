brochure-title = Pomoc cyfrowa blisko ciebie
brochure-intro = Miejsca, gdzie dostaniesz pomoc, za darmo albo za niewielkie pieniądze, w korzystaniu z komputera, telefonu lub internetu i w załatwianiu spraw urzędowych przez internet.
brochure-date = Informacje z dnia { $date }. Mogą się zmienić: aktualna lista jest na stronie internetowej.
brochure-day = Dzień
brochure-hours = Godziny
brochure-services = Oferowana pomoc:
brochure-languages = Języki:
brochure-accessibility = Dostępność:
brochure-phone = Telefon:
brochure-page = Strona
brochure-separator = {", "}
brochure-empty = Nie znamy jeszcze żadnego miejsca w tych gminach.
brochure-qr-alt = Kod QR do strony: { $name }
brochure-list-title = Broszury według gmin
brochure-list-intro = Dla każdej grupy gmin: lista miejsc z pomocą cyfrową do wydrukowania, zawsze aktualna.
brochure-places = { $count ->
    [0] brak miejsc
    [one] 1 miejsce
    [few] { $count } miejsca
    [many] { $count } miejsc
   *[other] { $count } miejsca
}
brochure-pdf = PDF do wydrukowania
brochure-back = Wszystkie broszury
