import SiteGen

/// The reader of each platform's export.
enum ExportFormats {
    static func format(for platform: ImportPlatform, options: ImportOptions) -> any ExportFormat {
        switch platform {
        case .instagram: InstagramExport()
        case .mastodon: MastodonExport(includeReplies: options.includeReplies)
        case .wordpress: WordPressExport()
        case .x: XExport(options: options)
        case .facebook: FacebookExport()
        }
    }
}
