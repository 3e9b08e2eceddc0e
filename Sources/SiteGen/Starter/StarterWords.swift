/// The words of the first site `sitegen init` writes for an owner's own
/// business, in the languages whose theme words sitegen has (ThemeTexts).
/// `{name}`, `{city}` and the file names of the other pages are filled in
/// by `StarterSite`; what only the owner knows is left as a marked place,
/// `[Fill in: …]` in the site's language, which `sitegen check` lists.
struct StarterWords: Sendable {
    /// Opens every marked place: `[In te vullen: …]`.
    var fillIn: String
    /// Before a city: " in Brussel", " à Bruxelles".
    var inCity: String
    var homeMenu: String
    var homeDescription: String
    var homeBody: String
    var aboutFile: String
    var aboutTitle: String
    var aboutDescription: String
    var aboutBody: String
    var contactFile: String
    var contactTitle: String
    var contactMenu: String
    var contactDescription: String
    var contactBody: String
    var legalFile: String
    var legalTitle: String
    var legalDescription: String
    var legalPublisher: String
    var legalName: String
    var registration: String
    var vat: String
    var telephone: String
    var email: String
    var legalHost: String
    var legalHostBody: String
    var legalPrivacy: String
    var legalPrivacyBody: String
    var street: String
    var postalCode: String
    var city: String
    var siteDescription: String

    static func forLanguage(_ language: String) -> StarterWords {
        table[String(language.lowercased().prefix(2))] ?? table["en"]!
    }

    /// Whether the texts are written in `language` (else they are English).
    static func speaks(_ language: String) -> Bool {
        table[String(language.lowercased().prefix(2))] != nil
    }

    static let table: [String: StarterWords] = [
        "en": StarterWords(
            fillIn: "Fill in", inCity: " in ", homeMenu: "Home",
            homeDescription: "{name}{in_city}: who we are, when we are open and how to reach us.",
            homeBody: """
                Welcome to {name}.

                [Fill in: two or three sentences on what you do, for whom, and what makes your business different.]

                ## Visit us

                Our address, opening hours and telephone number are on the [contact page]({contact}).
                """,
            aboutFile: "about.md", aboutTitle: "About us", aboutDescription: "Who we are: the story and the people of {name}.",
            aboutBody: "[Fill in: your story: since when, who works here, what you are proud of.]",
            contactFile: "contact.md", contactTitle: "Contact and opening hours", contactMenu: "Contact",
            contactDescription: "Address, telephone and opening hours of {name}{in_city}.",
            contactBody: """
                ## Getting here

                [Fill in: public transport, parking, and whether the entrance is step-free.]

                ## Appointments and orders

                [Fill in: how to book or order, and how soon you answer.]
                """,
            legalFile: "legal-notice.md", legalTitle: "Legal notice", legalDescription: "The legal notice of {name}'s website: publisher and host.",
            legalPublisher: "Publisher", legalName: "legal name and form of the business", registration: "Company registration number",
            vat: "VAT number", telephone: "Telephone", email: "E-mail", legalHost: "Hosting",
            legalHostBody: "[Fill in: the name, address and telephone number of the company that hosts this site.]",
            legalPrivacy: "Personal data",
            legalPrivacyBody: "This site sets no cookies, measures no audience and has no forms: it collects no personal data.",
            street: "street and number", postalCode: "postal code", city: "city",
            siteDescription: "[Fill in: one sentence on what the business does and where, shown by search engines.]"
        ),
        "fr": StarterWords(
            fillIn: "À compléter", inCity: " à ", homeMenu: "Accueil",
            homeDescription: "{name}{in_city} : qui nous sommes, nos horaires et comment nous joindre.",
            homeBody: """
                Bienvenue chez {name}.

                [À compléter : deux ou trois phrases sur ce que vous faites, pour qui, et ce qui distingue votre maison.]

                ## Nous rendre visite

                Notre adresse, nos horaires et notre numéro de téléphone sont sur la [page contact]({contact}).
                """,
            aboutFile: "a-propos.md", aboutTitle: "À propos", aboutDescription: "Qui nous sommes : l’histoire et l’équipe de {name}.",
            aboutBody: "[À compléter : votre histoire : depuis quand, qui travaille ici, ce dont vous êtes fiers.]",
            contactFile: "contact.md", contactTitle: "Contact et horaires", contactMenu: "Contact",
            contactDescription: "Adresse, téléphone et horaires de {name}{in_city}.",
            contactBody: """
                ## Venir chez nous

                [À compléter : transports en commun, stationnement, et si l’entrée est de plain-pied.]

                ## Rendez-vous et commandes

                [À compléter : comment prendre rendez-vous ou commander, et sous quel délai vous répondez.]
                """,
            legalFile: "mentions-legales.md", legalTitle: "Mentions légales",
            legalDescription: "Les mentions légales du site de {name} : éditeur et hébergeur.",
            legalPublisher: "Éditeur du site", legalName: "raison sociale et forme juridique", registration: "Numéro d’immatriculation",
            vat: "Numéro de TVA", telephone: "Téléphone", email: "Courriel", legalHost: "Hébergement",
            legalHostBody: "[À compléter : le nom, l’adresse et le téléphone de l’hébergeur du site.]",
            legalPrivacy: "Données personnelles",
            legalPrivacyBody:
                "Ce site ne dépose aucun cookie, ne mesure pas son audience et n’a aucun formulaire : il ne collecte aucune donnée personnelle.",
            street: "numéro et rue", postalCode: "code postal", city: "ville",
            siteDescription: "[À compléter : une phrase sur ce que fait la maison et où, reprise par les moteurs de recherche.]"
        ),
        "nl": StarterWords(
            fillIn: "In te vullen", inCity: " in ", homeMenu: "Home",
            homeDescription: "{name}{in_city}: wie we zijn, wanneer we open zijn en hoe je ons bereikt.",
            homeBody: """
                Welkom bij {name}.

                [In te vullen: twee of drie zinnen over wat je doet, voor wie, en wat je zaak anders maakt.]

                ## Kom langs

                Ons adres, onze openingstijden en ons telefoonnummer staan op de [contactpagina]({contact}).
                """,
            aboutFile: "over-ons.md", aboutTitle: "Over ons", aboutDescription: "Wie we zijn: het verhaal en de mensen van {name}.",
            aboutBody: "[In te vullen: je verhaal: sinds wanneer, wie hier werkt, waar je trots op bent.]",
            contactFile: "contact.md", contactTitle: "Contact en openingstijden", contactMenu: "Contact",
            contactDescription: "Adres, telefoon en openingstijden van {name}{in_city}.",
            contactBody: """
                ## Hoe kom je bij ons

                [In te vullen: openbaar vervoer, parkeren, en of de ingang zonder trap is.]

                ## Afspraken en bestellingen

                [In te vullen: hoe je een afspraak maakt of bestelt, en hoe snel je antwoordt.]
                """,
            legalFile: "wettelijke-vermeldingen.md", legalTitle: "Wettelijke vermeldingen",
            legalDescription: "De wettelijke vermeldingen van de website van {name}: uitgever en hosting.",
            legalPublisher: "Uitgever van de website", legalName: "officiële naam en rechtsvorm van de zaak", registration: "Inschrijvingsnummer",
            vat: "Btw-nummer", telephone: "Telefoon", email: "E-mail", legalHost: "Hosting",
            legalHostBody: "[In te vullen: de naam, het adres en het telefoonnummer van het bedrijf dat deze website host.]",
            legalPrivacy: "Persoonsgegevens",
            legalPrivacyBody:
                "Deze website plaatst geen cookies, meet geen bezoekers en heeft geen formulieren: hij verzamelt geen persoonsgegevens.",
            street: "straat en huisnummer", postalCode: "postcode", city: "gemeente",
            siteDescription: "[In te vullen: één zin over wat de zaak doet en waar, die zoekmachines tonen.]"
        ),
        "de": StarterWords(
            fillIn: "Bitte ausfüllen", inCity: " in ", homeMenu: "Startseite",
            homeDescription: "{name}{in_city}: wer wir sind, wann wir geöffnet haben und wie Sie uns erreichen.",
            homeBody: """
                Willkommen bei {name}.

                [Bitte ausfüllen: zwei oder drei Sätze dazu, was Sie tun, für wen, und was Ihr Geschäft besonders macht.]

                ## Besuchen Sie uns

                Adresse, Öffnungszeiten und Telefonnummer finden Sie auf der [Kontaktseite]({contact}).
                """,
            aboutFile: "ueber-uns.md", aboutTitle: "Über uns", aboutDescription: "Wer wir sind: die Geschichte und die Menschen von {name}.",
            aboutBody: "[Bitte ausfüllen: Ihre Geschichte: seit wann, wer hier arbeitet, worauf Sie stolz sind.]",
            contactFile: "kontakt.md", contactTitle: "Kontakt und Öffnungszeiten", contactMenu: "Kontakt",
            contactDescription: "Adresse, Telefon und Öffnungszeiten von {name}{in_city}.",
            contactBody: """
                ## Anfahrt

                [Bitte ausfüllen: öffentliche Verkehrsmittel, Parken, und ob der Eingang stufenlos ist.]

                ## Termine und Bestellungen

                [Bitte ausfüllen: wie man einen Termin vereinbart oder bestellt, und wie schnell Sie antworten.]
                """,
            legalFile: "impressum.md", legalTitle: "Impressum", legalDescription: "Das Impressum der Website von {name}: Anbieter und Hosting.",
            legalPublisher: "Anbieter", legalName: "Firmenname und Rechtsform", registration: "Registernummer",
            vat: "Umsatzsteuer-Identifikationsnummer", telephone: "Telefon", email: "E-Mail", legalHost: "Hosting",
            legalHostBody: "[Bitte ausfüllen: Name, Anschrift und Telefonnummer des Unternehmens, das diese Website hostet.]",
            legalPrivacy: "Datenschutz",
            legalPrivacyBody:
                "Diese Website setzt keine Cookies, misst keine Besuche und hat keine Formulare: Sie erhebt keine personenbezogenen Daten.",
            street: "Straße und Hausnummer", postalCode: "Postleitzahl", city: "Ort",
            siteDescription: "[Bitte ausfüllen: ein Satz dazu, was das Geschäft tut und wo, den Suchmaschinen zeigen.]"
        ),
        "es": StarterWords(
            fillIn: "Por completar", inCity: " en ", homeMenu: "Inicio",
            homeDescription: "{name}{in_city}: quiénes somos, cuándo abrimos y cómo contactarnos.",
            homeBody: """
                Bienvenidos a {name}.

                [Por completar: dos o tres frases sobre lo que hacéis, para quién, y qué hace diferente a vuestro negocio.]

                ## Visítanos

                Nuestra dirección, horario y teléfono están en la [página de contacto]({contact}).
                """,
            aboutFile: "quienes-somos.md", aboutTitle: "Quiénes somos", aboutDescription: "Quiénes somos: la historia y las personas de {name}.",
            aboutBody: "[Por completar: vuestra historia: desde cuándo, quién trabaja aquí, de qué estáis orgullosos.]",
            contactFile: "contacto.md", contactTitle: "Contacto y horario", contactMenu: "Contacto",
            contactDescription: "Dirección, teléfono y horario de {name}{in_city}.",
            contactBody: """
                ## Cómo llegar

                [Por completar: transporte público, aparcamiento, y si la entrada es sin escalones.]

                ## Citas y pedidos

                [Por completar: cómo pedir cita o hacer un pedido, y en cuánto tiempo respondéis.]
                """,
            legalFile: "aviso-legal.md", legalTitle: "Aviso legal", legalDescription: "El aviso legal del sitio de {name}: titular y alojamiento.",
            legalPublisher: "Titular del sitio", legalName: "razón social y forma jurídica", registration: "Datos registrales",
            vat: "NIF", telephone: "Teléfono", email: "Correo electrónico", legalHost: "Alojamiento",
            legalHostBody: "[Por completar: el nombre, la dirección y el teléfono de la empresa que aloja este sitio.]",
            legalPrivacy: "Datos personales",
            legalPrivacyBody: "Este sitio no instala cookies, no mide su audiencia y no tiene formularios: no recoge ningún dato personal.",
            street: "calle y número", postalCode: "código postal", city: "localidad",
            siteDescription: "[Por completar: una frase sobre lo que hace el negocio y dónde, que muestran los buscadores.]"
        ),
        "it": StarterWords(
            fillIn: "Da completare", inCity: " a ", homeMenu: "Home",
            homeDescription: "{name}{in_city}: chi siamo, quando siamo aperti e come contattarci.",
            homeBody: """
                Benvenuti da {name}.

                [Da completare: due o tre frasi su cosa fate, per chi, e cosa rende diversa la vostra attività.]

                ## Venite a trovarci

                Indirizzo, orari e numero di telefono sono nella [pagina contatti]({contact}).
                """,
            aboutFile: "chi-siamo.md", aboutTitle: "Chi siamo", aboutDescription: "Chi siamo: la storia e le persone di {name}.",
            aboutBody: "[Da completare: la vostra storia: da quando, chi lavora qui, di cosa siete orgogliosi.]",
            contactFile: "contatti.md", contactTitle: "Contatti e orari", contactMenu: "Contatti",
            contactDescription: "Indirizzo, telefono e orari di {name}{in_city}.",
            contactBody: """
                ## Come arrivare

                [Da completare: mezzi pubblici, parcheggio, e se l’ingresso è senza gradini.]

                ## Appuntamenti e ordini

                [Da completare: come prendere un appuntamento o ordinare, e in quanto tempo rispondete.]
                """,
            legalFile: "note-legali.md", legalTitle: "Note legali", legalDescription: "Le note legali del sito di {name}: titolare e hosting.",
            legalPublisher: "Titolare del sito", legalName: "ragione sociale e forma giuridica", registration: "Numero REA",
            vat: "Partita IVA", telephone: "Telefono", email: "E-mail", legalHost: "Hosting",
            legalHostBody: "[Da completare: il nome, l’indirizzo e il telefono della società che ospita questo sito.]",
            legalPrivacy: "Dati personali",
            legalPrivacyBody: "Questo sito non usa cookie, non misura le visite e non ha moduli: non raccoglie alcun dato personale.",
            street: "via e numero civico", postalCode: "CAP", city: "comune",
            siteDescription: "[Da completare: una frase su cosa fa l’attività e dove, mostrata dai motori di ricerca.]"
        ),
    ]
}
