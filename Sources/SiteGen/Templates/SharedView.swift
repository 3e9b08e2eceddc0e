import Mustache

/// A view held by reference. swift-mustache hands every value it looks up
/// around as `Any`; a large struct is copied into a new box (with a retain of
/// each of its strings and arrays) at every `{{site.name}}`, a reference only
/// once. Views read on every page, such as the site's, are shared this way.
final class SharedView<View: TemplateView>: MustacheParent, Sendable {
    let view: View

    init(_ view: View) {
        self.view = view
    }

    func child(named name: String) -> Any? {
        view.child(named: name)
    }
}

extension TemplateFields.Field {
    /// A field holding a view shared by reference; templates see it as an object.
    static func shared<Child: TemplateView>(_ name: String, _ read: @escaping @Sendable (View) -> SharedView<Child>?) -> Self {
        Self(name: name, kind: .object(Child.self), read: { read($0) })
    }
}
