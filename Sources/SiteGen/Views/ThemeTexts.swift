/// The theme's own words (the skip link, menu names, "Page not found") in the
/// site's language, so that a French site says « Aller au contenu ».
/// Templates read them as `texts.skip_to_content`. A language without a
/// table, or a key its table lacks, is said in English: `missingKeys` tells
/// the build which.
struct ThemeTexts: TemplateView {
    var strings: [String: String]

    /// Every key, in every language below.
    static let keys = [
        "skip_to_content", "main_menu", "footer_menu", "published", "updated", "latest_news", "all_news",
        "in_this_section", "not_found_title", "not_found_text", "back_home", "redirect_text", "contact",
        "telephone", "email", "task_done", "task_to_do", "links_title", "press_title", "press_intro_none",
        "read_article", "archived_copy", "original_gone", "original_address", "profile_gone", "map_osm", "map_google", "add_to_contacts",
        "qr_code", "qr_code_text", "hours", "special_hours", "closed", "last_verified", "home_page", "address", "profiles",
        "find_us", "press_feed", "news_feed", "by", "tags", "originally_on", "embed_play", "embed_on", "embed_video", "embed_map",
        "menu", "action_call", "action_directions", "action_book", "action_hours", "languages",
    ]

    static let fields = TemplateFields<ThemeTexts>(keys.map { key in .text(key) { $0.strings[key] } })

    init(language: String) {
        self.init(own: Self.tables[LanguageData.languageCode(language)] ?? [:])
    }

    /// A table's words, and English for the keys it lacks.
    init(own table: [String: String]) {
        strings = Self.tables["en"]!.merging(table) { _, translated in translated }
    }

    /// The keys said in English on a site in `language`: all of them when it
    /// has no table here (`pt`), none for English.
    static func missingKeys(language: String) -> [String] {
        let own = tables[LanguageData.languageCode(language)] ?? [:]
        return keys.filter { own[$0] == nil }
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
            "embed_play": "Play:", "embed_on": "on", "embed_video": "Video", "embed_map": "Map",
            "menu": "Menu", "action_call": "Call", "action_directions": "Directions", "action_book": "Book", "action_hours": "Opening hours",
            "languages": "Languages",
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
            "embed_play": "Lire :", "embed_on": "sur", "embed_video": "Vidéo", "embed_map": "Plan",
            "menu": "Menu", "action_call": "Appeler", "action_directions": "Itinéraire", "action_book": "Réserver", "action_hours": "Horaires",
            "languages": "Langues",
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
            "embed_play": "Abspielen:", "embed_on": "auf", "embed_video": "Video", "embed_map": "Karte",
            "menu": "Menü", "action_call": "Anrufen", "action_directions": "Route", "action_book": "Buchen", "action_hours": "Öffnungszeiten",
            "languages": "Sprachen",
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
            "embed_play": "Reproducir:", "embed_on": "en", "embed_video": "Vídeo", "embed_map": "Mapa",
            "menu": "Menú", "action_call": "Llamar", "action_directions": "Cómo llegar", "action_book": "Reservar", "action_hours": "Horario",
            "languages": "Idiomas",
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
            "embed_play": "Riproduci:", "embed_on": "su", "embed_video": "Video", "embed_map": "Mappa",
            "menu": "Menu", "action_call": "Chiama", "action_directions": "Indicazioni", "action_book": "Prenota", "action_hours": "Orari",
            "languages": "Lingue",
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
            "embed_play": "Afspelen:", "embed_on": "op", "embed_video": "Video", "embed_map": "Kaart",
            "menu": "Menu", "action_call": "Bellen", "action_directions": "Route", "action_book": "Reserveren", "action_hours": "Openingstijden",
            "languages": "Talen",
        ],
        // Modern Standard Arabic, as a shop's own site writes it.
        "ar": [
            "skip_to_content": "انتقل إلى المحتوى", "main_menu": "القائمة الرئيسية", "footer_menu": "صفحات أخرى",
            "published": "نُشر في", "updated": "حُدّث في", "latest_news": "آخر الأخبار", "all_news": "جميع الأخبار",
            "in_this_section": "في هذا القسم", "not_found_title": "الصفحة غير موجودة",
            "not_found_text": "هذه الصفحة غير موجودة، أو لم تعد موجودة.", "back_home": "العودة إلى الصفحة الرئيسية",
            "redirect_text": "نُقلت هذه الصفحة إلى", "contact": "اتصل بنا", "telephone": "الهاتف", "email": "البريد الإلكتروني",
            "task_done": "منجز", "task_to_do": "لم يُنجز بعد",
            "links_title": "تجدوننا على الإنترنت", "press_title": "في الصحافة", "press_intro_none": "لا توجد مقالات بعد.",
            "read_article": "اقرأ المقال", "archived_copy": "نسخة مؤرشفة", "original_gone": "لم يعد المقال الأصلي متاحًا على الإنترنت",
            "original_address": "الرابط الأصلي", "map_osm": "خريطة (OpenStreetMap)", "map_google": "خرائط Google",
            "profile_gone": "هذا الحساب لم يعد متاحًا",
            "add_to_contacts": "أضف إلى جهات الاتصال", "qr_code": "رمز QR لهذا الموقع", "qr_code_text": "للطباعة على المنشورات والبطاقات",
            "hours": "ساعات العمل", "special_hours": "ساعات عمل استثنائية", "closed": "مغلق", "last_verified": "تم التحقق في",
            "home_page": "موقعنا الإلكتروني", "address": "العنوان", "profiles": "تابعونا", "find_us": "جميع روابطنا",
            "press_feed": "مقالات صحفية", "news_feed": "الأخبار",
            "by": "بقلم", "tags": "الوسوم", "originally_on": "نُشر أصلًا على",
            "embed_play": "تشغيل:", "embed_on": "على", "embed_video": "فيديو", "embed_map": "خريطة",
            "menu": "القائمة", "action_call": "اتصل", "action_directions": "الاتجاهات", "action_book": "احجز", "action_hours": "ساعات العمل",
            "languages": "اللغات",
        ],
    ]
}
