using Cronista.Events;
using Cronista.Model;
using Cronista.Pipeline;
using Xunit.Abstractions;

namespace Cronista.Tests.Events;

public class ScratchTests(ITestOutputHelper output)
{
    [Fact]
    public void Explain()
    {
        var text = Environment.GetEnvironmentVariable("EV_TEXT") ?? "El presidente ruso, Vladímir Putin, se prepara para una visita histórica a Corea del Norte.";
        var lang = Environment.GetEnvironmentVariable("EV_LANG") ?? "es";
        var doc = DocumentPipeline.Default.Run(new RawDocument { Source = "t", Text = text, Language = lang, Published = new DateOnly(2024, 6, 17) });
        for (int s = 0; s < doc.Sentences.Count; s++) output.WriteLine(string.Join(" ", EventExtractor.Explain(doc, s)));
        foreach (var e in doc.Events)
            output.WriteLine($"{e.Id} {e.Type}/{e.Mode} [{doc.Text[e.Start..e.End]}] {e.Source?.Name} -> {e.Target?.Name} {e.Modality} attr={e.AttributedTo?.Name} date={e.Date}");
    }
}
