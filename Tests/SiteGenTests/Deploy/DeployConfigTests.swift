import Foundation
import Testing

@testable import SiteGenCore
@testable import SiteGenDeploy

@Suite("Deploy: deploy.yml")
struct DeployConfigTests {
    let site = URL(fileURLWithPath: "/home/marie/boulangerie")
    let home = URL(fileURLWithPath: "/home/marie")

    func load(_ text: String) throws(DiagnosticsError) -> DeployConfig {
        try DeployConfigLoader(siteDirectory: site, home: home).load(YAMLSource(file: "deploy.yml", text: text))
    }

    func errors(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func targetsOfEveryKindAreReadInOrder() throws {
        let config = try load(
            """
            targets:
              ovh:
                kind: ftps
                host: ftp.cluster021.hosting.ovh.net
                user: boulangerie
                folder: www/
                password_variable: OVH_FTP_PASSWORD
                speed_limit: 500 KB/s
              server:
                kind: rsync
                host: boulangerie-durand.fr
                port: 2222
                user: deploy
                folder: /var/www/boulangerie
                key: ~/.ssh/deploy_ed25519
                known_hosts: keys/known_hosts
              pages:
                kind: git
                repository: git@github.com:boulangerie-durand/site.git
                url: https://boulangerie-durand.github.io/site/
            """)
        #expect(config.targets.map(\.name) == ["ovh", "server", "pages"])
        let ovh = config.targets[0]
        #expect(ovh.kind == .ftps && ovh.port == 21 && ovh.folder == "www" && ovh.passwordVariable == "OVH_FTP_PASSWORD")
        #expect(ovh.speedLimit == 500_000)
        let server = config.targets[1]
        #expect(server.port == 2222 && server.key?.path == "/home/marie/.ssh/deploy_ed25519")
        #expect(server.knownHosts?.path == "/home/marie/boulangerie/keys/known_hosts")
        let pages = config.targets[2]
        #expect(pages.branch == "gh-pages" && pages.siteURL == "https://boulangerie-durand.github.io/site/")
        #expect(try config.target(named: nil).name == "ovh")
        #expect(try config.target(named: "pages").kind == .git)
    }

    @Test func aPasswordInTheFileIsRefusedWhereItIsWritten() {
        let found = errors(
            """
            targets:
              ovh:
                kind: ftps
                host: ftp.example.fr
                user: marie
                folder: www
                password: hunter2
            """)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("deploy.yml:7:5: error: targets.ovh.password: passwords never go in deploy.yml") == true)
        #expect(found.first?.contains("hunter2") == false, "a message never repeats the secret")
    }

    @Test func valuesThatCouldBeReadAsOptionsOrCommandsAreRefused() {
        let found = errors(
            """
            targets:
              server:
                kind: sftp
                host: -oProxyCommand=touch
                user: "-l root"
                folder: "www\\"; rm *"
                port: 70000
            """)
        #expect(found.contains { $0.hasPrefix("deploy.yml:4:11: error: targets.server.host:") })
        #expect(found.contains { $0.hasPrefix("deploy.yml:5:11: error: targets.server.user:") })
        #expect(found.contains { $0.hasPrefix("deploy.yml:6:13: error: targets.server.folder:") })
        #expect(found.contains { $0.hasPrefix("deploy.yml:7:11: error: targets.server.port: 70000 is not a port") })
    }

    @Test func anUnknownKindAKeyOfAnotherKindAndAMisspellingAreEachNamed() {
        let found = errors(
            """
            targets:
              a:
                kind: dropbox
              b:
                kind: git
                repository: /srv/site.git
                host: example.org
              c:
                kind: sftp
                host: example.org
                user: marie
                folder: www
                knwon_hosts: ~/.ssh/known_hosts
            """)
        #expect(found.contains { $0.hasPrefix("deploy.yml:3:11: error: targets.a.kind: \"dropbox\" is not a kind of target") })
        #expect(found.contains { $0.hasPrefix("deploy.yml:7:5: error: targets.b.host: not a setting of git targets") })
        #expect(found.contains { $0.contains("targets.c.knwon_hosts: unknown key") && $0.contains("known_hosts") })
    }

    @Test func releasesAreForRsyncAndNeedANamedFolder() {
        let found = errors(
            """
            targets:
              a:
                kind: sftp
                host: example.org
                user: marie
                folder: www
                releases: 3
              b:
                kind: rsync
                host: example.org
                user: marie
                folder: .
                releases: 3
              c:
                kind: rsync
                host: example.org
                user: marie
                folder: www
                releases: 50
            """)
        #expect(found.contains { $0.hasPrefix("deploy.yml:7:5: error: targets.a.releases: not a setting of sftp targets") }, "\(found)")
        #expect(found.contains { $0.hasPrefix("deploy.yml:13:15: error: targets.b.releases: needs a folder with a name of its own") })
        #expect(found.contains { $0.hasPrefix("deploy.yml:19:15: error: targets.c.releases: 50 versions") })
    }

    @Test func aMissingSettingPointsAtItsTarget() {
        let found = errors(
            """
            targets:
              ovh:
                kind: ftp
                host: ftp.example.fr
            """)
        #expect(found.contains { $0 == "deploy.yml:3:5: error: targets.ovh.user is required" })
        #expect(found.contains { $0 == "deploy.yml:3:5: error: targets.ovh.folder is required" })
    }

    @Test func anUnknownTargetNameSuggestsTheClosest() throws {
        let config = try load(
            """
            targets:
              production:
                kind: git
                repository: /srv/site.git
            """)
        #expect(throws: DiagnosticsError.self) { try config.target(named: "prodution") }
        do {
            _ = try config.target(named: "prodution")
        } catch {
            #expect(error.diagnostics.first?.message.contains("Did you mean production?") == true)
        }
    }

    @Test func anAliasBombIsRefusedBeforeItIsExpanded() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for level in 1..<12 { text += "l\(level): &l\(level) [*\(level == 1 ? "a" : "l\(level - 1)"), *\(level == 1 ? "a" : "l\(level - 1)")]\n" }
        let found = errors(text)
        #expect(!found.isEmpty)
    }
}
