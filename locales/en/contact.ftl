# Reaching a place first (cards, place pages), the region's helpline, home links, plain footer words.
contact-hours-unknown-ask = Opening hours unknown: ask before you go
contact-hours-unknown-write = Opening hours unknown: write to them before you go
contact-hours-mobile-ask = Mobile: ask where and when
contact-directions = Directions (in your map app)
contact-ask-organisation = No phone number for this place. Its organisation:
contact-card-helpline = No phone number for this place. For help:
contact-helpline-hours = When:
contact-organisation-title = Contact its organisation:
contact-helpline-title = Other ways to find help
contact-helpline-intro = The Region can guide you:
contact-tell-us = Do you know their phone number? Tell us
contact-distances-from-centre = Distances are measured from the centre of the municipality, not from this address.
contact-home-sessions = Workshops near you
contact-home-label = What "labelled public digital space" means
contact-footer-data = The data for computer programs
contact-mobile-explained-ask = This is a mobile service. It travels to people. Ask where it will be.
