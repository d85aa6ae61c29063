public import WorkQueue

extension Spool {
    /// `processing/<delivery>`: the claim's own directory (the delivery token names it).
    public func directory(of claim: QueueClaim) -> RawPath { layout.processing.appending(claim.delivery) }

    /// `processing/<delivery>/<name>`: where the claimed input lies until it moves on.
    public func path(of claim: QueueClaim) -> RawPath { directory(of: claim).appending(claim.name) }
}
