using System.CommandLine;
using System.Text.Json;
using Cronista.Evaluation;

namespace Cronista.Cli;

/// <summary><c>cronista eval quantity-dates FILE --lang L</c>: dates and times wrongly tagged as quantities, on TIMEX3 gold.</summary>
internal static class QuantityEvalCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "TIMEX3 gold as token TAB BIO-TYPE TAB value (../shared/data/timex/timebank-*/train.tsv)" };
        var lang = new Option<string>("--lang") { Description = "Language of the file (en, es, …)", Required = true };
        var cmd = new Command("quantity-dates", "How often dates and times are mistaken for quantities (TIMEX3 gold)") { file, lang, CliApp.JsonOption };
        cmd.SetAction(p =>
        {
            var path = p.GetValue(file)!;
            if (!File.Exists(path)) throw new UsageException($"no such file: {path}");
            var r = QuantityDateEvaluation.Run(path, p.GetValue(lang)!);
            if (p.GetValue(CliApp.JsonOption))
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    documents = r.Documents, tokens = r.Tokens, quantities = r.Quantities,
                    date_spans = r.DateSpans, dates_tagged = r.DatesTagged, date_leak = Math.Round(r.DateLeak, 4),
                    duration_spans = r.DurationSpans, durations_tagged = r.DurationsTagged,
                }, JsonOut.Options));
            else Console.Write(r.ToString());
            return CliApp.Ok;
        });
        return cmd;
    }
}
