# Verificações da qualidade dos dados (português).

check-postcode-not-in-commune = O código postal { $value } não pertence à comuna deste local.
check-postcode-not-in-commune-todo = Peça a morada ao local e corrija o código postal ou a comuna.
check-unknown-postcode = O código postal { $value } não é um código postal da região.
check-unknown-postcode-todo = Corrija o código postal, ou passe o local para a região certa.
check-probable-duplicate = Este local parece-se com «{ $value }» (#{ $other }).
check-probable-duplicate-todo = Se forem o mesmo local, junte-os; se não forem, torne os seus nomes mais claros.
check-unreadable-hours = Não é possível ler o horário «{ $value }».
check-unreadable-hours-todo = Escreva-o de novo com o editor de horários (por exemplo Mo-Fr 09:00-17:00).
check-no-contact = Não há telefone, e-mail nem sítio web.
check-no-contact-todo = Acrescente pelo menos um número de telefone, para que as pessoas possam ligar antes de ir.
check-stale = Não atualizado desde { $value }.
check-stale-todo = Peça ao local que confirme ou atualize as suas informações.
check-source-issue = Problema registado nos dados de origem
check-summary = { $errors ->
    [0] 0 erros
    [one] 1 erro
   *[other] { $errors } erros
}, { $warnings ->
    [0] 0 avisos
    [one] 1 aviso
   *[other] { $warnings } avisos
}
severity-error = Erro
severity-warning = Aviso

# O estado de selo no diretório tem de assentar num selo atribuído (selo EPN).
check-labelled-without-record = Aparece como EPN com selo, mas não há nenhum selo atribuído registado para este local.
check-labelled-without-record-todo = Registe a decisão sobre o selo nas páginas do selo, ou corrija o estado de selo do local.
quality-kind-labelled-without-record = Com selo, mas sem registo do selo

# Um endereço web guardado que não é http(s) nunca é publicado.
check-website-not-http = O endereço web «{ $value }» não é um endereço http:// ou https://: não é mostrado nem publicado.
check-website-not-http-todo = Substitua-o pelo endereço web completo do local, que começa por https:// (ou http://), ou apague-o.
quality-kind-website-not-http = Endereço web que não é http(s)
quality-kind-postcode-not-in-commune = Código postal de outra comuna
quality-kind-unknown-postcode = Código postal desconhecido
quality-kind-unreadable-hours = Horário que não se consegue ler
quality-kind-probable-duplicate = Prováveis duplicados
quality-kind-no-contact = Nenhuma forma de contactar o local
quality-kind-stale = Não atualizado há mais de um ano
