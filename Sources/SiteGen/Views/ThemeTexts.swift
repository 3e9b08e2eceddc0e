/// The theme's own words (the skip link, menu names, "Page not found") in the
/// site's language, so that a French site says « Aller au contenu ».
/// Templates read them as `texts.skip_to_content`.
struct ThemeTexts: TemplateView {
    var strings: [String: String]

    /// Every key, in every language below.
    static let keys = [
        "skip_to_content", "main_menu", "footer_menu", "published", "updated", "latest_news", "all_news",
        "in_this_section", "not_found_title", "not_found_text", "back_home", "redirect_text", "contact",
        "telephone", "email", "task_done", "task_to_do",
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
        ],
        "fr": [
            "skip_to_content": "Aller au contenu", "main_menu": "Menu principal", "footer_menu": "Autres pages",
            "published": "Publié le", "updated": "Mis à jour le", "latest_news": "Dernières nouvelles",
            "all_news": "Toutes les nouvelles", "in_this_section": "Dans cette rubrique",
            "not_found_title": "Page introuvable", "not_found_text": "Cette page n’existe pas, ou plus.",
            "back_home": "Retour à l’accueil", "redirect_text": "Cette page a déménagé :", "contact": "Contact",
            "telephone": "Téléphone", "email": "Courriel",
            "task_done": "Fait", "task_to_do": "À faire",
        ],
        "de": [
            "skip_to_content": "Zum Inhalt springen", "main_menu": "Hauptmenü", "footer_menu": "Weitere Seiten",
            "published": "Veröffentlicht am", "updated": "Aktualisiert am", "latest_news": "Neuigkeiten",
            "all_news": "Alle Neuigkeiten", "in_this_section": "In diesem Bereich",
            "not_found_title": "Seite nicht gefunden", "not_found_text": "Diese Seite gibt es nicht oder nicht mehr.",
            "back_home": "Zur Startseite", "redirect_text": "Diese Seite ist umgezogen nach", "contact": "Kontakt",
            "telephone": "Telefon", "email": "E-Mail",
            "task_done": "Erledigt", "task_to_do": "Offen",
        ],
        "es": [
            "skip_to_content": "Ir al contenido", "main_menu": "Menú principal", "footer_menu": "Más páginas",
            "published": "Publicado el", "updated": "Actualizado el", "latest_news": "Últimas noticias",
            "all_news": "Todas las noticias", "in_this_section": "En esta sección",
            "not_found_title": "Página no encontrada", "not_found_text": "Esta página no existe o ya no existe.",
            "back_home": "Volver a la página de inicio", "redirect_text": "Esta página se ha trasladado a",
            "contact": "Contacto", "telephone": "Teléfono", "email": "Correo electrónico",
            "task_done": "Hecho", "task_to_do": "Pendiente",
        ],
        "it": [
            "skip_to_content": "Vai al contenuto", "main_menu": "Menu principale", "footer_menu": "Altre pagine",
            "published": "Pubblicato il", "updated": "Aggiornato il", "latest_news": "Ultime notizie",
            "all_news": "Tutte le notizie", "in_this_section": "In questa sezione",
            "not_found_title": "Pagina non trovata", "not_found_text": "Questa pagina non esiste, o non esiste più.",
            "back_home": "Torna alla pagina iniziale", "redirect_text": "Questa pagina si è spostata a",
            "contact": "Contatti", "telephone": "Telefono", "email": "E-mail",
            "task_done": "Fatto", "task_to_do": "Da fare",
        ],
        "nl": [
            "skip_to_content": "Naar de inhoud", "main_menu": "Hoofdmenu", "footer_menu": "Meer pagina’s",
            "published": "Gepubliceerd op", "updated": "Bijgewerkt op", "latest_news": "Laatste nieuws",
            "all_news": "Al het nieuws", "in_this_section": "In deze rubriek",
            "not_found_title": "Pagina niet gevonden", "not_found_text": "Deze pagina bestaat niet (meer).",
            "back_home": "Terug naar de startpagina", "redirect_text": "Deze pagina is verhuisd naar",
            "contact": "Contact", "telephone": "Telefoon", "email": "E-mail",
            "task_done": "Gedaan", "task_to_do": "Te doen",
        ],
    ]
}
