extension Duration {
    /// The duration in seconds, as the time limits and timings count it.
    var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) * 1e-18
    }
}
