# Passerelle – etykiety słownika (usługi, odbiorcy, języki, dostępność, ceny), po polsku.
# Krótkie, proste etykiety pokazywane jako znaczniki na kartach miejsc.

## Usługi

service-free-access = Bezpłatny dostęp do komputera
service-internet-access = Internet i wi-fi
service-assisted-access = Pomoc indywidualna
service-training = Kursy i warsztaty
service-online-procedures = Pomoc z formularzami w internecie
service-printing = Drukowanie i skanowanie
service-equipment = Wypożyczenie lub otrzymanie urządzenia
service-repair = Naprawa urządzeń
service-coding-kids = Programowanie i roboty dla dzieci
service-job-search = Pomoc w szukaniu pracy
service-online-safety = Bezpieczeństwo w internecie
service-parenting = Rodzice i ekrany
service-awareness = Zrozumieć świat cyfrowy

## Odbiorcy

public-adults = Dorośli
public-job-seekers = Osoby szukające pracy
public-young-people = Młodzież
public-children = Dzieci
public-seniors = Osoby starsze
public-people-with-disabilities = Osoby z niepełnosprawnościami
public-precarity = Osoby w trudnej sytuacji
public-women = Kobiety
public-families = Rodziny
public-students = Uczniowie i studenci
public-newcomers = Osoby nowo przybyłe

## Języki

language-fr = francuski
language-nl = niderlandzki
language-en = angielski
language-ar = arabski
language-tr = turecki
language-ro = rumuński
language-sq = albański
language-pl = polski
language-pt = portugalski
language-es = hiszpański
language-de = niemiecki
language-it = włoski
language-ru = rosyjski
language-uk = ukraiński
language-ber = berberyjski (tamazight)
language-bg = bułgarski
language-so = somalijski

## Dostępność

accessibility-wheelchair = Dostępne dla wózków
accessibility-adapted-equipment = Sprzęt dostosowany
accessibility-sign-language = Język migowy
accessibility-hearing-loop = Pętla indukcyjna
accessibility-easy-read = Tekst łatwy do czytania
accessibility-visual-impairment = Pomoc dla osób niewidomych i słabowidzących

## Ceny

price-free = Bezpłatnie
price-symbolic = Niewielka opłata
price-paid = Płatne
