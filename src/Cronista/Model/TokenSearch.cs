using System.Runtime.InteropServices;

namespace Cronista.Model;

/// <summary>Binary search over a document's tokens (in text order).</summary>
public static class TokenSearch
{
    /// <summary>The index of the first token that ends after <paramref name="charPos"/> (the token containing it, or the next one).</summary>
    public static int At(List<Token> tokens, int charPos)
    {
        var span = CollectionsMarshal.AsSpan(tokens);
        int lo = 0, hi = span.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (span[mid].End <= charPos) lo = mid + 1;
            else hi = mid - 1;
        }
        return lo;
    }
}
