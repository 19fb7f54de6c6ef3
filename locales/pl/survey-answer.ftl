# Odpowiadanie na ankietę dla odwiedzających: strony krótkiego linku /s/{code}.
sva-site = Passerelle – ankieta dla odwiedzających
sva-languages = Języki
sva-error-title = Błąd: { $title }
sva-errors-title = Jest problem
sva-start-place = Ta ankieta dotyczy miejsca: { $place }.
sva-start-time = To trwa około { $minutes ->
    [one] { $minutes } minuty
    [few] { $minutes } minut
    [many] { $minutes } minut
   *[other] { $minutes } minuty
}.
sva-start-anonymous = Ankieta jest anonimowa: nie pytamy o twoje imię i nazwisko i nie zachowujemy niczego, co mogłoby pokazać, kim jesteś. Możesz przerwać w każdej chwili.
sva-start-until = Możesz odpowiadać do { $date }.
sva-start-button = Zacznij
sva-resume-title = Masz już rozpoczętą ankietę
sva-resume-text = Twoje dotychczasowe odpowiedzi są zapisane na tym urządzeniu. Możesz kontynuować tam, gdzie przerwano, albo zacząć od nowa: wtedy dotychczasowe odpowiedzi zostaną usunięte.
sva-resume-continue = Kontynuuj tam, gdzie przerwano
sva-resume-restart = Zacznij od nowa
sva-progress = Pytanie { $number } z { $total }
sva-optional = (nieobowiązkowe)
sva-hint-several = Wybierz wszystkie, które pasują.
sva-hint-scale = Od { $min } (zupełny brak zadowolenia) do { $max } (bardzo duże zadowolenie).
sva-hint-text = Najwyżej { $max } znaków.
sva-continue = Dalej
sva-back = Wstecz
sva-trap = Zostaw to pole puste
sva-error-choose-one = Wybierz odpowiedź
sva-error-choose-some = Wybierz co najmniej jedną odpowiedź
sva-error-choose-number = Wybierz liczbę
sva-error-number-missing = Wpisz liczbę
sva-error-text-missing = Wpisz odpowiedź
sva-error-not-a-choice = Wybierz jedną z odpowiedzi z listy
sva-error-one-only = Wybierz tylko jedną odpowiedź
sva-error-not-a-number = Wpisz liczbę całkowitą, na przykład 3
sva-error-between = Wpisz liczbę od { $min } do { $max }
sva-error-at-least = Wpisz liczbę { $min } lub większą
sva-error-at-most = Wpisz liczbę { $max } lub mniejszą
sva-error-too-long = Wpisz najwyżej { $max } znaków (wpisano: { $count })
sva-error-fast = Twoje odpowiedzi zostały wysłane bardzo szybko. Sprawdź je, a potem jeszcze raz naciśnij „Dalej”.
sva-error-expired = Ta strona była długo otwarta. Naciśnij jeszcze raz „Dalej”, żeby wysłać odpowiedzi.
sva-error-rate = W ostatniej godzinie z tego połączenia wysłano dużo odpowiedzi. Spróbuj ponownie za godzinę.
sva-closed-title = Ta ankieta jest zamknięta
sva-closed-not-yet = Zostanie otwarta { $opens } i zamknięta { $closes }.
sva-closed-over = Była otwarta od { $opens } do { $closes }.
sva-closed-thanks = Dziękujemy za zainteresowanie.
sva-thanks-title = Dziękujemy!
sva-thanks-text = Twoje odpowiedzi zostały zapisane. Pomogą miejscu { $place } i innym miejscom lepiej ci służyć.
sva-thanks-nothing-kept = Na tym urządzeniu nie zostaje nic o tobie. Możesz zamknąć tę stronę.
