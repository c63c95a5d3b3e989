/// Which build this binary is, as `guild --version` prints it.
public enum BuildInfo {
    /// The git tag, commits since it and commit (`0.2.0-3-g1a2b3c4`, or just the commit without a tag), with
    /// "-modified" when the work tree had changes; GUILD_VERSION when it was set at build time; else "unknown".
    public static let version: String = gitDescribe.isEmpty ? "unknown" : gitDescribe
}
