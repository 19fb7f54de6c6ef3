# Contactar antes con un lugar (fichas, páginas de lugares), la línea de ayuda de la Región, enlaces de la página de inicio, palabras sencillas del pie de página.
contact-hours-unknown-ask = Horario desconocido: pregunte antes de ir
contact-hours-unknown-write = Horario desconocido: escríbales antes de ir
contact-hours-mobile-ask = Itinerante: pregunte dónde y cuándo
contact-directions = Cómo llegar (en su aplicación de mapas)
contact-ask-organisation = Este lugar no tiene teléfono. Su organización:
contact-card-helpline = Este lugar no tiene teléfono. Para pedir ayuda:
contact-helpline-hours = Cuándo:
contact-organisation-title = Contactar con su organización:
contact-helpline-title = Otras formas de encontrar ayuda
contact-helpline-intro = La Región puede orientarle:
contact-tell-us = ¿Conoce su número de teléfono? Díganoslo
contact-distances-from-centre = Las distancias se miden desde el centro del municipio, no desde esta dirección.
contact-home-sessions = Talleres cerca de usted
contact-home-label = Qué quiere decir «espacio público digital con sello»
contact-footer-data = Los datos para programas informáticos
contact-mobile-explained-ask = Es un servicio itinerante. Va adonde está la gente. Pregunte dónde estará.
