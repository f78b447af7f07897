/// A value-chain link the total is built from (研发设计, 生产作业, 运维, 供应链, 服务).
public struct Domain: Sendable, Identifiable {
    public let id: String
    public let title: LocalizedText
    public let weight: ExactNumber
}
