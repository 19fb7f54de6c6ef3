brochure-title = Ajuda digital perto de si
brochure-intro = Locais onde recebe ajuda, de graça ou por pouco dinheiro, para usar um computador, um telemóvel ou a internet, e para tratar da sua papelada pela internet.
brochure-date = Informação de { $date }. Esta informação muda: a lista atualizada está no sítio web.
brochure-day = Dia
brochure-hours = Horário
brochure-services = Ajuda oferecida:
brochure-languages = Línguas:
brochure-accessibility = Acessibilidade:
brochure-phone = Telefone:
brochure-page = Página
brochure-separator = {", "}
brochure-empty = Ainda não se conhece nenhum local nestas comunas.
brochure-qr-alt = Código QR para a página de { $name }
brochure-list-title = Folhetos por comuna
brochure-list-intro = Para cada grupo de comunas, a lista dos locais de ajuda digital para imprimir, sempre atualizada.
brochure-places = { $count ->
    [0] nenhum local
    [one] 1 local
   *[other] { $count } locais
}
brochure-pdf = PDF para imprimir
brochure-back = Todos os folhetos
