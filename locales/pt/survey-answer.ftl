# Responder ao inquérito aos visitantes: as páginas da ligação curta /s/{code}.
sva-site = Passerelle – inquérito aos visitantes
sva-languages = Línguas
sva-error-title = Erro: { $title }
sva-errors-title = Há um problema
sva-start-place = Este questionário é sobre { $place }.
sva-start-time = Demora cerca de { $minutes ->
    [0] { $minutes } minutos
    [one] { $minutes } minuto
   *[other] { $minutes } minutos
}.
sva-start-anonymous = É anónimo: não pedimos o seu nome e não guardamos nada que possa dizer quem é. Pode parar a qualquer momento.
sva-start-until = Pode responder até { $date }.
sva-start-button = Começar
sva-resume-title = Já começou
sva-resume-text = As respostas que já deu estão guardadas neste aparelho. Pode continuar onde parou ou recomeçar: nesse caso, as respostas que já deu são apagadas.
sva-resume-continue = Continuar onde parei
sva-resume-restart = Recomeçar
sva-progress = Pergunta { $number } de { $total }
sva-optional = (opcional)
sva-hint-several = Escolha todas as respostas certas para si.
sva-hint-scale = De { $min } (nada satisfeito) a { $max } (muito satisfeito).
sva-hint-text = No máximo { $max } caracteres.
sva-continue = Continuar
sva-back = Voltar
sva-trap = Deixe este campo vazio
sva-error-choose-one = Escolha uma resposta
sva-error-choose-some = Escolha pelo menos uma resposta
sva-error-choose-number = Escolha um número
sva-error-number-missing = Escreva um número
sva-error-text-missing = Escreva uma resposta
sva-error-not-a-choice = Escolha uma das respostas da lista
sva-error-one-only = Escolha só uma resposta
sva-error-not-a-number = Escreva um número inteiro, por exemplo 3
sva-error-between = Escreva um número de { $min } a { $max }
sva-error-at-least = Escreva um número igual ou maior que { $min }
sva-error-at-most = Escreva um número igual ou menor que { $max }
sva-error-too-long = Escreva no máximo { $max } caracteres (escreveu { $count })
sva-error-fast = As suas respostas foram enviadas muito depressa. Verifique-as e depois carregue de novo em Continuar.
sva-error-expired = Esta página esteve aberta durante muito tempo. Carregue de novo em Continuar para enviar as suas respostas.
sva-error-rate = Foram enviadas muitas respostas a partir desta ligação na última hora. Tente de novo daqui a uma hora, por favor.
sva-closed-title = Este questionário está fechado
sva-closed-not-yet = Abre a { $opens } e fecha a { $closes }.
sva-closed-over = Esteve aberto de { $opens } a { $closes }.
sva-closed-thanks = Obrigado pelo seu interesse.
sva-thanks-title = Obrigado!
sva-thanks-text = As suas respostas foram guardadas. Vão ajudar { $place } e os outros locais a servi-lo melhor.
sva-thanks-nothing-kept = Nada sobre si fica neste aparelho. Pode fechar esta página.
