using System;
using System.Reflection;

namespace KerasDsl.Core
{
    /// <summary>
    /// Each diagnostic's help page: <c>docs/diagnostics/KDxxxx.md</c> in the package's repository, whose address is one
    /// MSBuild property, <c>RepositoryUrl</c> (Directory.Build.props). The .NET SDK writes it into every assembly it
    /// builds as <c>[assembly: AssemblyMetadata("RepositoryUrl", ...)]</c> (GenerateRepositoryUrlAttribute, on by
    /// default): Core's, and the analyzer's, which compiles Core's sources in. An address that names nothing real (none,
    /// or a host reserved for examples, such as <c>example.invalid</c>) gives no link at all rather than a broken one.
    /// </summary>
    internal static class HelpLinks
    {
        /// <summary>The assembly metadata key the SDK writes <c>$(RepositoryUrl)</c> under.</summary>
        internal const string MetadataKey = "RepositoryUrl";

        /// <summary>The repository's address as this assembly was built with it, or null.</summary>
        internal static string? RepositoryUrl { get; } = ReadRepositoryUrl();

        /// <summary>Where the pages are, ending in '/'; "" when <see cref="RepositoryUrl"/> names no real address.</summary>
        internal static string Base { get; } = BaseFor(RepositoryUrl);

        /// <summary>The page of <paramref name="id"/>, or "" when there is no real address to point at.</summary>
        public static string For(string id) => Base.Length == 0 ? "" : Base + id + ".md";

        /// <summary>
        /// <c>&lt;url&gt;/blob/main/docs/diagnostics/</c> for an absolute http(s) address (a trailing '/' or '.git' dropped);
        /// "" for none, one that is not an absolute http(s) address, or a host reserved for examples and tests
        /// (RFC 2606 and 6761: the <c>.invalid</c>, <c>.example</c>, <c>.test</c> and <c>.localhost</c> names,
        /// <c>localhost</c>, and <c>example.com</c>, <c>.net</c>, <c>.org</c>).
        /// </summary>
        internal static string BaseFor(string? repositoryUrl)
        {
            string url = (repositoryUrl ?? "").Trim();
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)) return "";
            if (IsReserved(uri.Host) || uri.Query.Length > 0 || uri.Fragment.Length > 0) return "";
            url = url.TrimEnd('/');
            if (url.EndsWith(".git", StringComparison.OrdinalIgnoreCase)) url = url.Substring(0, url.Length - 4);
            return url + "/blob/main/docs/diagnostics/";
        }

        private static bool IsReserved(string host)
        {
            host = host.TrimEnd('.').ToLowerInvariant();
            foreach (string name in new[] { "invalid", "example", "test", "localhost", "example.com", "example.net", "example.org" })
                if (host == name || host.EndsWith("." + name, StringComparison.Ordinal)) return true;
            return false;
        }

        private static string? ReadRepositoryUrl()
        {
            foreach (var attribute in typeof(HelpLinks).Assembly.GetCustomAttributes(typeof(AssemblyMetadataAttribute), inherit: false))
                if (attribute is AssemblyMetadataAttribute metadata && metadata.Key == MetadataKey) return metadata.Value;
            return null;
        }
    }
}
