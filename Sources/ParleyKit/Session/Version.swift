/// parley's version, printed by `--version` and the banner.
public enum ParleyVersion {
    public static let current = "0.1.0"
}
