using Sitrep.Core.Annotation;
using Sitrep.Core.Coding;
using Sitrep.Core.Documents;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Pipeline;

/// <summary>The one entry point: document → normalised text → annotations → event candidates → resolved events.</summary>
/// <remarks>Thread-safe after construction; every stage is stateless per document, so callers may run documents in parallel.</remarks>
public sealed class SitrepPipeline
{
    private readonly DocumentAnnotator _annotator;
    private readonly EventResolver _resolver;

    /// <summary>Builds a pipeline from its stages.</summary>
    public SitrepPipeline(DocumentAnnotator annotator, EventResolver resolver)
    {
        _annotator = annotator;
        _resolver = resolver;
    }

    /// <summary>A pipeline over the bundled lexicons and gazetteer (plus any imported gazetteer under SITREP_HOME).</summary>
    /// <param name="gazetteer">The gazetteer (the default one when null).</param>
    /// <param name="clock">Today, for reports without a publication date (the system clock when null).</param>
    public static SitrepPipeline CreateDefault(Gazetteer? gazetteer = null, TimeProvider? clock = null, string? sitrepHome = null)
    {
        // The gazetteer and the lexicons load independently; on two cores a cold start pays for the longer one only.
        var loading = gazetteer is null ? Task.Run(() => Gazetteer.LoadDefault(sitrepHome)) : Task.FromResult(gazetteer);
        var annotator = DocumentAnnotator.LoadBundled(clock);
        var geocoder = new Geocoder(loading.GetAwaiter().GetResult());
        return new SitrepPipeline(annotator, new EventResolver(annotator.ActorTable, geocoder, clock));
    }

    /// <summary>Annotations of a document (the first two stages), for inspection and tests.</summary>
    public DocumentAnnotations Annotate(Document document, CancellationToken cancel = default) => _annotator.Annotate(document, cancel);

    /// <summary>Events reported by <paramref name="document"/>.</summary>
    /// <param name="document">The report.</param>
    /// <param name="cancel">Checked between stages and between sentences and incidents, so a server can give up a long report.</param>
    /// <param name="progress">Told the share of the report done (0 to 1) as the stages go, for a progress display on long reports.</param>
    public IReadOnlyList<ResolvedEvent> Process(Document document, CancellationToken cancel = default, Action<double>? progress = null) =>
        Code(_annotator.Annotate(document, cancel), cancel, progress);

    /// <summary>As <see cref="Process(Document, CancellationToken, Action{double}?)"/>, telling <paramref name="stages"/> as each stage ends (bench profile).</summary>
    public IReadOnlyList<ResolvedEvent> Process(Document document, IStageObserver stages) =>
        Code(_annotator.Annotate(document, default, stages), default, null, stages);

    /// <summary>Events and annotations of <paramref name="document"/>, for stores that keep both.</summary>
    public (DocumentAnnotations Annotations, IReadOnlyList<ResolvedEvent> Events) ProcessWithAnnotations(Document document, CancellationToken cancel = default,
        Action<double>? progress = null)
    {
        var annotations = _annotator.Annotate(document, cancel);
        return (annotations, Code(annotations, cancel, progress));
    }

    // The shares are what each stage took of a long report when measured (bench startup): annotation a tenth, coding
    // a fifth, resolving (geocoding) the rest.
    private IReadOnlyList<ResolvedEvent> Code(DocumentAnnotations annotations, CancellationToken cancel, Action<double>? progress,
        IStageObserver? stages = null)
    {
        progress?.Invoke(0.1);
        annotations = _resolver.WithProvinceNames(annotations);
        var candidates = EventCoder.Code(annotations, cancel);
        stages?.Ended("EventCoder.Code");
        progress?.Invoke(0.3);
        var events = new List<ResolvedEvent>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++)
        {
            cancel.ThrowIfCancellationRequested();
            events.Add(_resolver.Resolve(candidates[i], i));
            progress?.Invoke(0.3 + 0.7 * (i + 1) / candidates.Count);
        }

        stages?.Ended("EventResolver.Resolve");
        var story = annotations.Text.Text.Contains("\n\n", StringComparison.Ordinal);
        var folded = ReportResponses.SetAside(ReportIncidents.Fold(events), story);
        stages?.Ended("ReportIncidents.Fold");
        return folded;
    }
}
