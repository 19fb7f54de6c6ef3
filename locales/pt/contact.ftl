# Contactar primeiro um local (fichas, páginas dos locais), a linha de apoio da região, ligações da página inicial, palavras simples do rodapé.
contact-hours-unknown-ask = Horário desconhecido: pergunte antes de ir
contact-hours-unknown-write = Horário desconhecido: escreva-lhes antes de ir
contact-hours-mobile-ask = Móvel: pergunte onde e quando
contact-directions = Como lá chegar (na sua aplicação de mapas)
contact-ask-organisation = Não há número de telefone para este local. A organização responsável:
contact-card-helpline = Não há número de telefone para este local. Para obter ajuda:
contact-helpline-hours = Quando:
contact-organisation-title = Contacte a organização responsável:
contact-helpline-title = Outras formas de encontrar ajuda
contact-helpline-intro = A Região pode orientá-lo:
contact-tell-us = Sabe o número de telefone deste local? Diga-nos
contact-distances-from-centre = As distâncias são medidas a partir do centro da comuna, não a partir desta morada.
contact-home-sessions = Oficinas perto de si
contact-home-label = O que quer dizer «espaço público digital com selo»
contact-footer-data = Os dados para programas informáticos
contact-mobile-explained-ask = Este é um serviço móvel. Desloca-se até às pessoas. Pergunte onde vai estar.
