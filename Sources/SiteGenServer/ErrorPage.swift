import SiteGen
import SiteGenCore

/// The page the browser shows while the site has errors: the same
/// `path:line:column` messages as the terminal, and the live reload script,
/// so that the page comes back by itself once the file is fixed.
enum ErrorPage {
    static func html(_ errors: [Diagnostic]) -> String {
        let items = errors.map { "<li><code>\(escaped($0.description))</code></li>" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>The site has errors – sitegen</title>
            <style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1f1a17;background:#fffdf8}h1{color:#9b1c1c}code{font-size:1rem;white-space:pre-wrap;overflow-wrap:anywhere}li{margin:.6rem 0}</style>
            </head>
            <body>
            <main>
            <h1>The site has errors</h1>
            <p>The last build failed; fix these and this page reloads by itself. Until then, the pages are not updated.</p>
            <ul>
            \(items)
            </ul>
            </main>
            \(LiveReloadHub.script)
            </body>
            </html>

            """
    }

    static func escaped(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
            .replacingOccurrences(of: "\"", with: "&quot;")
    }
}
