/// Colours and the style sheet every chart shares.
///
/// Each chart draws its own background card, light by default and dark when the
/// viewer prefers a dark scheme, so text keeps its contrast on GitHub's light and
/// dark themes alike. Series colours are mid-tones (Tableau 10) that read on both.
enum ChartStyle {
    static let blue = "#4e79a7"
    static let orange = "#f28e2b"
    static let red = "#e15759"
    static let teal = "#76b7b2"
    static let green = "#59a14f"
    static let yellow = "#edc948"
    static let purple = "#b07aa1"
    static let pink = "#ff9da7"
    static let brown = "#9c755f"
    static let grey = "#8c8c8c"

    /// Colours for series without a meaning of their own, in order.
    static let categorical = [blue, orange, green, red, purple, teal, yellow, brown, pink, grey]

    static let fontFamily = "-apple-system,BlinkMacSystemFont,'Segoe UI','Noto Sans',Helvetica,Arial,sans-serif"

    static let css = """
        .card{fill:#ffffff;stroke:#d0d7de}
        text{font-family:\(fontFamily);font-size:12px;fill:#1f2328}
        .title{font-size:15px;font-weight:600}
        .muted{fill:#59636e}
        .grid{stroke:#d8dee4;stroke-width:1}
        .axis{stroke:#59636e;stroke-width:1}
        .ink{stroke:#1f2328;stroke-width:2;fill:none}
        .dash{stroke:#1f2328;stroke-width:2;stroke-dasharray:6 3;fill:none}
        .dot{fill:#1f2328}
        .sep{stroke:#8c959f;stroke-width:1;stroke-dasharray:2 3}
        @media (prefers-color-scheme:dark){
        .card{fill:#0d1117;stroke:#3d444d}
        text{fill:#f0f6fc}
        .muted{fill:#9198a1}
        .grid{stroke:#262c36}
        .axis{stroke:#9198a1}
        .ink,.dash{stroke:#f0f6fc}
        .dot{fill:#f0f6fc}
        .sep{stroke:#656c76}
        }

        """
}
