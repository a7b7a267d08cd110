using Cronista.Events;

namespace Cronista.Tests.Events;

public class CameoCrosswalkTests
{
    [Theory]
    [InlineData("042", "04")]
    [InlineData("1124", "11")]
    [InlineData("10", "10")]
    [InlineData("18/19/20", "18")]
    [InlineData("081-083", "08")]
    [InlineData(" 190 ", "19")]
    [InlineData("", "")]
    [InlineData("---", "")]
    public void RootIsTheFirstTwoDigits(string code, string root) => Assert.Equal(root, CameoCrosswalk.RootOf(code));

    [Theory]
    [InlineData("010", null)]
    [InlineData("023", null)]
    [InlineData("031", "AGREE")]
    [InlineData("042", "CONSULT")]
    [InlineData("051", "SUPPORT")]
    [InlineData("06", "COOPERATE")]
    [InlineData("072", "AID")]
    [InlineData("0841", "CONCEDE")]
    [InlineData("087", "RETREAT")]
    [InlineData("0871", "RETREAT")]
    [InlineData("090", "INVESTIGATE")]
    [InlineData("1014", "DEMAND")]
    [InlineData("112", "DISAPPROVE")]
    [InlineData("124", "REJECT")]
    [InlineData("138", "THREATEN")]
    [InlineData("141", "PROTEST")]
    [InlineData("150", "MOBILIZE")]
    [InlineData("16", "SANCTION")]
    [InlineData("173", "COERCE")]
    [InlineData("18/19/20", "ASSAULT")]
    [InlineData("190", "ASSAULT")]
    [InlineData("204", "ASSAULT")]
    [InlineData("21", null)]
    [InlineData("", null)]
    public void CameoCodesMapToPlover(string code, string? plover) => Assert.Equal(plover, CameoCrosswalk.ToPlover(code));

    [Fact]
    public void EveryPloverTypeHasACameoRoot()
    {
        var mapped = Enumerable.Range(1, 20).Select(i => CameoCrosswalk.ToPlover(i.ToString("00"))).Append(CameoCrosswalk.ToPlover("087")).ToHashSet();
        Assert.All(Plover.Types, t => Assert.Contains(t, mapped));
    }

    [Theory]
    [InlineData("SACTION", "SANCTION")]
    [InlineData(" protest ", "PROTEST")]
    [InlineData("CRIME", "CRIME")]
    public void PloverLabelsAreNormalised(string label, string expected) => Assert.Equal(expected, Plover.Normalize(label));
}
