using Cronista.Ingest.Readers;

namespace Cronista.Tests.Ingest;

public class DateParsingTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", 2003, 6, 10)]
    [InlineData("10 Jun 2003 04:00 +0200", 2003, 6, 10)]
    [InlineData("Sat, 1 Feb 97 23:59:59 EST", 1997, 2, 1)]
    [InlineData("Mon, 05 June 2024 10:00:00 PDT", 2024, 6, 5)]
    [InlineData("Wed,02 Oct 2002 08:00:00 EST", 2002, 10, 2)]
    [InlineData("June 18, 2024", 2024, 6, 18)]
    [InlineData("2024-06-18T23:30:00-05:00", 2024, 6, 18)]
    public void Lenient(string s, int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), DateParsing.ParseLenient(s));

    [Theory]
    [InlineData("31 Feb 2024")]
    [InlineData("yesterday")]
    [InlineData("")]
    [InlineData("2024-13-01")]
    public void LenientRejects(string s) => Assert.Null(DateParsing.ParseLenient(s));

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2023-02-29", false)]
    [InlineData("2024-06-18T10:00:00Z", true)]
    [InlineData("2024-06-18 10:00", true)]
    [InlineData("2024-06-18T10:00:00.123+02:00", true)]
    [InlineData("2024-06-18Tnonsense", false)]
    [InlineData("2024-06-18x", false)]
    [InlineData("18/06/2024", false)]
    [InlineData("2024-6-18", false)]
    public void StrictIso(string s, bool ok) => Assert.Equal(ok, DateParsing.TryParseIso(s, out _));

    [Theory]
    [InlineData("corpus/ml-crisis/it/egypt/2011-02-01/x.txt", "2011-02-01")]
    [InlineData("corpus/2011-02-01_name.txt", "2011-02-01")]
    [InlineData("2010-01-01/2011-02-03/x.txt", "2011-02-03")]
    [InlineData("2010-01-01/x-2011-02-30.txt", "2010-01-01")] // invalid date in the name: next one up
    [InlineData("a/20110201/x.txt", null)]
    [InlineData("a/12011-02-01/x.txt", null)]
    [InlineData("a/b.txt", null)]
    public void FromPath(string path, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), DateParsing.FromPath(path));
}
