/// The tool's version, carried by every result so any verdict can be reproduced.
public enum ZhizaoVersion {
    public static let current = "0.1.0"
}
