/// The drawings of the shop front's buttons that no platform of
/// `platforms.yml` provides (WhatsApp's comes from there): SVG path data in
/// a 24x24 box, filled with the text's colour, holes cut by `evenodd` as
/// the platform icons are.
enum ActionIcons {
    /// A telephone handset.
    static let call =
        "M6.6 2.2L9.4 5A1.5 1.5 0 0 1 9.4 7.1L8 8.5A13 13 0 0 0 15.5 16L16.9 14.6A1.5 1.5 0 0 1 19 14.6L21.8 17.4"
        + "A1.5 1.5 0 0 1 21.8 19.5L20 21.3C18.8 22.5 16.9 22.4 14.9 21.4A26 26 0 0 1 2.6 9.1C1.6 7.1 1.5 5.2 2.7 4"
        + "L4.5 2.2A1.5 1.5 0 0 1 6.6 2.2Z"
    /// A road sign's arrow turning right in a diamond: the usual sign of directions.
    static let directions =
        "M12 1.4L22.6 12L12 22.6L1.4 12ZM7.5 16.5H10V12.8H14.2V15.5L18 11.6L14.2 7.7V10.3H8.8A1.3 1.3 0 0 0 7.5 11.6Z"
    /// A calendar page with a tick.
    static let book =
        "M7 1.5H9V3.5H15V1.5H17V3.5H19.5A2 2 0 0 1 21.5 5.5V19.5A2 2 0 0 1 19.5 21.5H4.5A2 2 0 0 1 2.5 19.5V5.5"
        + "A2 2 0 0 1 4.5 3.5H7ZM4.5 8.5V19.5H19.5V8.5ZM7.2 13.6L8.6 12.2L10.8 14.4L15.4 9.8L16.8 11.2L10.8 17.2Z"
    /// A clock, its hands at twelve and three.
    static let hours =
        "M1.5 12A10.5 10.5 0 1 0 22.5 12A10.5 10.5 0 1 0 1.5 12ZM3.7 12A8.3 8.3 0 1 0 20.3 12A8.3 8.3 0 1 0 3.7 12Z"
        + "M11 6H13V11H17V13H11Z"
}
