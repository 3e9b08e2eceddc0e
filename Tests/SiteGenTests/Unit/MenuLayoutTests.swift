import Testing

@testable import SiteGen

/// The header's menu is one line when its titles fit a 390 px phone, else a
/// "Menu" disclosure up to the width where they fit: decided from the titles.
@Suite("Unit: menu layout")
struct MenuLayoutTests {
    @Test func shortTitlesFitAPhoneOnOneLine() {
        #expect(MenuLayout(titles: ["Home", "About", "Contact"]) == .oneLine)
        #expect(MenuLayout(titles: ["Accueil", "Notre histoire", "Contact"]) == .oneLine)
        #expect(MenuLayout(titles: []) == .oneLine)
    }

    @Test func theBakerysFiveTitlesFoldOnPhonesOnly() {
        let layout = MenuLayout(titles: ["Accueil", "Notre histoire", "Nos pains", "Actualités", "Contact"])
        #expect(layout == .foldsOnPhones)
        #expect(layout.folds)
    }

    @Test func longerMenusFoldOnWiderScreensToo() {
        let eight = ["Accueil", "Notre histoire", "Nos pains et viennoiseries", "Actualités", "Ateliers", "Commandes", "Presse", "Contact"]
        #expect(MenuLayout(titles: eight) == .foldsBelowWide)
        #expect(MenuLayout(titles: eight + eight) == .alwaysFolds)
    }

    @Test func wideLettersAndCapitalsCountForMore() {
        #expect(MenuLayout.estimatedWidth("MMMM") > MenuLayout.estimatedWidth("iiii") * 2)
        #expect(MenuLayout.estimatedWidth("パン屋") == 3)
        // Four Japanese titles of five or six characters do not fit a phone; four words of five letters do.
        #expect(MenuLayout(titles: ["ホームページ", "私たちの話", "パンの種類", "お問い合わせ"]) == .foldsOnPhones)
        #expect(MenuLayout(titles: ["aaaaa", "bbbbb", "ccccc", "ddddd"]) == .oneLine)
    }
}
