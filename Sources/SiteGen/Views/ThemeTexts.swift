/// The theme's own words (the skip link, menu names, "Page not found") in the
/// site's language, so that a French site says « Aller au contenu ».
/// Templates read them as `texts.skip_to_content`.
struct ThemeTexts: TemplateView {
    var strings: [String: String]

    /// Every key, in every language below.
    static let keys = [
        "skip_to_content", "main_menu", "footer_menu", "published", "updated", "latest_news", "all_news",
        "in_this_section", "not_found_title", "not_found_text", "back_home", "redirect_text", "contact",
        "telephone", "email", "task_done", "task_to_do", "links_title", "press_title", "press_intro_none",
        "read_article", "archived_copy", "original_gone", "original_address", "profile_gone", "map_osm", "map_google", "add_to_contacts",
        "qr_code", "qr_code_text", "hours", "special_hours", "closed", "last_verified", "home_page", "address", "profiles",
        "find_us", "press_feed", "news_feed", "by", "tags", "originally_on",
    ]

    static let fields = TemplateFields<ThemeTexts>(keys.map { key in .text(key) { $0.strings[key] } })

    init(language: String) {
        let code = String(language.lowercased().prefix(2))
        strings = Self.tables[code] ?? Self.tables["en"]!
    }

    static let tables: [String: [String: String]] = [
        "en": [
            "skip_to_content": "Skip to content", "main_menu": "Main menu", "footer_menu": "More pages",
            "published": "Published", "updated": "Updated", "latest_news": "Latest news", "all_news": "All news",
            "in_this_section": "In this section", "not_found_title": "Page not found",
            "not_found_text": "This page does not exist, or no longer does.", "back_home": "Back to the home page",
            "redirect_text": "This page has moved to", "contact": "Contact", "telephone": "Telephone", "email": "E-mail",
            "task_done": "Done", "task_to_do": "To do",
            "links_title": "Find us online", "press_title": "In the press", "press_intro_none": "No article yet.", "read_article": "Read the article",
            "archived_copy": "Archived copy", "original_gone": "The original is no longer online", "original_address": "Original address",
            "profile_gone": "this account is no longer available",
            "map_osm": "Map (OpenStreetMap)", "map_google": "Google Maps", "add_to_contacts": "Add to your contacts",
            "qr_code": "QR code of this site", "qr_code_text": "To print on flyers and cards", "hours": "Opening hours",
            "special_hours": "Special opening hours", "closed": "Closed", "last_verified": "Checked on", "home_page": "Our website",
            "address": "Address", "profiles": "Follow us", "find_us": "All our links", "press_feed": "Press articles", "news_feed": "News",
            "by": "by", "tags": "Tags", "originally_on": "Originally on",
        ],
        "fr": [
            "skip_to_content": "Aller au contenu", "main_menu": "Menu principal", "footer_menu": "Autres pages",
            "published": "Publié le", "updated": "Mis à jour le", "latest_news": "Dernières nouvelles",
            "all_news": "Toutes les nouvelles", "in_this_section": "Dans cette rubrique",
            "not_found_title": "Page introuvable", "not_found_text": "Cette page n’existe pas, ou plus.",
            "back_home": "Retour à l’accueil", "redirect_text": "Cette page a déménagé :", "contact": "Contact",
            "telephone": "Téléphone", "email": "Courriel",
            "task_done": "Fait", "task_to_do": "À faire",
            "links_title": "Retrouvez-nous", "press_title": "Ils parlent de nous", "press_intro_none": "Pas encore d’article.",
            "read_article": "Lire l’article", "archived_copy": "Copie archivée", "original_gone": "L’article original n’est plus en ligne",
            "original_address": "Adresse d’origine", "map_osm": "Plan (OpenStreetMap)", "map_google": "Google Maps",
            "profile_gone": "ce compte n’est plus disponible",
            "add_to_contacts": "Ajouter à vos contacts", "qr_code": "QR code du site", "qr_code_text": "À imprimer sur vos affiches et cartes",
            "hours": "Horaires d’ouverture", "special_hours": "Horaires exceptionnels", "closed": "Fermé", "last_verified": "Vérifié le",
            "home_page": "Notre site", "address": "Adresse", "profiles": "Suivez-nous", "find_us": "Tous nos liens",
            "press_feed": "Articles de presse", "news_feed": "Actualités",
            "by": "par", "tags": "Mots-clés", "originally_on": "Publié à l’origine sur",
        ],
        "de": [
            "skip_to_content": "Zum Inhalt springen", "main_menu": "Hauptmenü", "footer_menu": "Weitere Seiten",
            "published": "Veröffentlicht am", "updated": "Aktualisiert am", "latest_news": "Neuigkeiten",
            "all_news": "Alle Neuigkeiten", "in_this_section": "In diesem Bereich",
            "not_found_title": "Seite nicht gefunden", "not_found_text": "Diese Seite gibt es nicht oder nicht mehr.",
            "back_home": "Zur Startseite", "redirect_text": "Diese Seite ist umgezogen nach", "contact": "Kontakt",
            "telephone": "Telefon", "email": "E-Mail",
            "task_done": "Erledigt", "task_to_do": "Offen",
            "links_title": "Hier finden Sie uns", "press_title": "In der Presse", "press_intro_none": "Noch kein Artikel.",
            "read_article": "Artikel lesen", "archived_copy": "Archivierte Kopie", "original_gone": "Das Original ist nicht mehr online",
            "original_address": "Ursprüngliche Adresse", "map_osm": "Karte (OpenStreetMap)", "map_google": "Google Maps",
            "profile_gone": "dieses Konto ist nicht mehr verfügbar",
            "add_to_contacts": "Zu Ihren Kontakten hinzufügen", "qr_code": "QR-Code dieser Website", "qr_code_text": "Für Flyer und Visitenkarten",
            "hours": "Öffnungszeiten", "special_hours": "Besondere Öffnungszeiten", "closed": "Geschlossen", "last_verified": "Geprüft am",
            "home_page": "Unsere Website", "address": "Adresse", "profiles": "Folgen Sie uns", "find_us": "Alle unsere Links",
            "press_feed": "Presseartikel", "news_feed": "Neuigkeiten",
            "by": "von", "tags": "Schlagwörter", "originally_on": "Ursprünglich auf",
        ],
        "es": [
            "skip_to_content": "Ir al contenido", "main_menu": "Menú principal", "footer_menu": "Más páginas",
            "published": "Publicado el", "updated": "Actualizado el", "latest_news": "Últimas noticias",
            "all_news": "Todas las noticias", "in_this_section": "En esta sección",
            "not_found_title": "Página no encontrada", "not_found_text": "Esta página no existe o ya no existe.",
            "back_home": "Volver a la página de inicio", "redirect_text": "Esta página se ha trasladado a",
            "contact": "Contacto", "telephone": "Teléfono", "email": "Correo electrónico",
            "task_done": "Hecho", "task_to_do": "Pendiente",
            "links_title": "Encuéntranos", "press_title": "En la prensa", "press_intro_none": "Todavía no hay artículos.",
            "read_article": "Leer el artículo", "archived_copy": "Copia archivada", "original_gone": "El original ya no está en línea",
            "original_address": "Dirección original", "map_osm": "Mapa (OpenStreetMap)", "map_google": "Google Maps",
            "profile_gone": "esta cuenta ya no está disponible",
            "add_to_contacts": "Añadir a tus contactos", "qr_code": "Código QR de este sitio", "qr_code_text": "Para imprimir en folletos y tarjetas",
            "hours": "Horario", "special_hours": "Horarios especiales", "closed": "Cerrado", "last_verified": "Comprobado el",
            "home_page": "Nuestra web", "address": "Dirección", "profiles": "Síguenos", "find_us": "Todos nuestros enlaces",
            "press_feed": "Artículos de prensa", "news_feed": "Noticias",
            "by": "por", "tags": "Etiquetas", "originally_on": "Publicado originalmente en",
        ],
        "it": [
            "skip_to_content": "Vai al contenuto", "main_menu": "Menu principale", "footer_menu": "Altre pagine",
            "published": "Pubblicato il", "updated": "Aggiornato il", "latest_news": "Ultime notizie",
            "all_news": "Tutte le notizie", "in_this_section": "In questa sezione",
            "not_found_title": "Pagina non trovata", "not_found_text": "Questa pagina non esiste, o non esiste più.",
            "back_home": "Torna alla pagina iniziale", "redirect_text": "Questa pagina si è spostata a",
            "contact": "Contatti", "telephone": "Telefono", "email": "E-mail",
            "task_done": "Fatto", "task_to_do": "Da fare",
            "links_title": "Dove trovarci", "press_title": "Parlano di noi", "press_intro_none": "Ancora nessun articolo.",
            "read_article": "Leggi l’articolo", "archived_copy": "Copia archiviata", "original_gone": "L’originale non è più online",
            "original_address": "Indirizzo originale", "map_osm": "Mappa (OpenStreetMap)", "map_google": "Google Maps",
            "profile_gone": "questo account non è più disponibile",
            "add_to_contacts": "Aggiungi ai tuoi contatti", "qr_code": "Codice QR di questo sito",
            "qr_code_text": "Da stampare su volantini e biglietti", "hours": "Orari di apertura", "special_hours": "Orari speciali",
            "closed": "Chiuso", "last_verified": "Verificato il", "home_page": "Il nostro sito", "address": "Indirizzo", "profiles": "Seguici",
            "find_us": "Tutti i nostri link", "press_feed": "Articoli di stampa", "news_feed": "Notizie",
            "by": "da", "tags": "Tag", "originally_on": "Pubblicato originariamente su",
        ],
        "nl": [
            "skip_to_content": "Naar de inhoud", "main_menu": "Hoofdmenu", "footer_menu": "Meer pagina’s",
            "published": "Gepubliceerd op", "updated": "Bijgewerkt op", "latest_news": "Laatste nieuws",
            "all_news": "Al het nieuws", "in_this_section": "In deze rubriek",
            "not_found_title": "Pagina niet gevonden", "not_found_text": "Deze pagina bestaat niet (meer).",
            "back_home": "Terug naar de startpagina", "redirect_text": "Deze pagina is verhuisd naar",
            "contact": "Contact", "telephone": "Telefoon", "email": "E-mail",
            "task_done": "Gedaan", "task_to_do": "Te doen",
            "links_title": "Vind ons online", "press_title": "In de pers", "press_intro_none": "Nog geen artikel.",
            "read_article": "Lees het artikel", "archived_copy": "Gearchiveerde kopie", "original_gone": "Het origineel staat niet meer online",
            "original_address": "Oorspronkelijk adres", "map_osm": "Kaart (OpenStreetMap)", "map_google": "Google Maps",
            "profile_gone": "dit account is niet meer beschikbaar",
            "add_to_contacts": "Toevoegen aan uw contacten", "qr_code": "QR-code van deze site",
            "qr_code_text": "Om op folders en kaartjes te drukken", "hours": "Openingstijden", "special_hours": "Afwijkende openingstijden",
            "closed": "Gesloten", "last_verified": "Gecontroleerd op", "home_page": "Onze website", "address": "Adres", "profiles": "Volg ons",
            "find_us": "Al onze links", "press_feed": "Persartikelen", "news_feed": "Nieuws",
            "by": "door", "tags": "Tags", "originally_on": "Oorspronkelijk op",
        ],
    ]
}
