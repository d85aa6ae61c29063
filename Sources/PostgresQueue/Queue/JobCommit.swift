/// One claimed job's part of a commit transaction: the job (its fencing token), the near-duplicate probe of
/// its results line (nil: no band step), and how to build the line from the candidates read under the
/// band locks.
public struct JobCommit: Sendable {
    public let job: QueuedJob
    public let probe: NearDuplicateProbe?
    public let makeLine: @Sendable ([DuplicateCandidate]) -> CommittedLine

    public init(job: QueuedJob, probe: NearDuplicateProbe?, makeLine: @escaping @Sendable ([DuplicateCandidate]) -> CommittedLine) {
        self.job = job
        self.probe = probe
        self.makeLine = makeLine
    }
}
