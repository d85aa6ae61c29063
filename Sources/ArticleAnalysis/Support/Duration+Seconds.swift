extension Duration {
    /// The duration as floating-point seconds (for rates, durations in records and limits compared to clocks).
    public var inSeconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }

    /// The duration as floating-point milliseconds (the records' `durationMs`).
    public var inMilliseconds: Double { inSeconds * 1000 }
}
