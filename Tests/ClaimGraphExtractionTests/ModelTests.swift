import Testing
@testable import ClaimGraphExtraction

@Suite("Models")
struct ModelTests {
    @Test("the name before a title's colon is the paper's proposed method")
    func titleNameIsProposed() {
        let (markup, found) = Run.title("[[TransTEE]]: Exploring Transformer Backbones for Treatment Effect Estimation")
        #expect(Markup.spans(of: found.modelMentions, in: .title) == markup.spans)
        #expect(found.model("TransTEE")?.role == .proposed)
    }

    @Test("\"we propose X, a framework\" proposes X")
    func weProposeName() {
        let (markup, found) = Run.abstract("In this paper, we propose [[Zorblax]], a simple framework for retrieval.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
        #expect(found.model("Zorblax")?.role == .proposed)
    }

    @Test("an acronym's long form is a mention of the same model")
    func acronymDefinition() {
        let (markup, found) = Run.abstract("Through careful design, [[Transformers as Treatment Effect Estimators]] ([[TransTEE]]) is proposed.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
        #expect(found.models.count == 1)
    }

    @Test("\"termed X\" names the method")
    func termedName() {
        let (markup, found) = Run.abstract("We present a parameter-efficient approach, termed [[Cloud-Adapter]], for segmentation.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
    }

    @Test("names written with a model size are models")
    func modelSizeShape() {
        let (markup, found) = Run.abstract("We apply it to [[Llama2-70B]] and to [[Dual-Swin-L]] with a [[ViT-B/16]] encoder.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
    }

    @Test("generic families are not models")
    func familiesAreNotModels() {
        let (_, found) = Run.abstract("Transformers, LLMs, CNNs, MLPs and diffusion models are widely used; vision transformers (ViTs) too.")
        #expect(found.models.isEmpty)
    }

    @Test("what the paper outperforms is a baseline")
    func baselineRole() {
        let (markup, found) = Run.abstract("Our approach outperforms [[Swin-L]] on detection.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
        #expect(found.model("Swin-L")?.role == .baseline)
    }

    @Test("\"our X\" is the paper's own model")
    func ourName() {
        let (_, found) = Run.abstract("Particularly, our Dual-Swin-L achieves 59.4% box AP on COCO.")
        #expect(found.model("Dual-Swin-L")?.role == .proposed)
    }

    @Test("a dataset is never also a model")
    func datasetsAreNotModels() {
        let (_, found) = Run.abstract("We outperform previous methods on ImageNet and MMLU.")
        #expect(found.models.isEmpty)
        #expect(!found.datasets.isEmpty)
    }

    @Test("a lower-case concept's abbreviation is not a lexicon name")
    func conceptAbbreviationIsNoName() {
        let (_, found) = Run.abstract("Diffusion models are used for real-world image super-resolution (Real-SR) in practice.")
        #expect(found.datasets.isEmpty)
        #expect(found.models.isEmpty)
    }

    @Test("a plural glued to a name is that name, not its -S size variant")
    func pluralIsNotSizeS() {
        let (markup, found) = Run.abstract("We present [[ConvNeXt]], a pure convolutional model. [[ConvNeXts]] compete with Transformers, and [[ConvNeXt]]'s stem is simple.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
        #expect(found.models.map(\.name) == ["ConvNeXt"])
    }

    @Test("an abbreviation the paper presents as its model is a name even with a lower-case long form")
    func presentedAbbreviationIsAModel() {
        let (markup, found) = Run.abstract("This paper presents a grouped token mixing ([[GTMIX]]) model. [[GTMIX]] achieves 50.1 AP on COCO.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
        #expect(found.model("GTMIX")?.role == .proposed)
        #expect(found.claims.first?.model == "GTMIX")
    }

    @Test("an abbreviation that names the title is the paper's model even with a lower-case long form")
    func titleAbbreviationIsAModel() {
        let (_, found) = Run.abstract("We show that zipped masked autoencoders (ZipMAE) learn fast. ZipMAE reaches 80.0% on ImageNet.", title: "ZipMAE: Cheap Pretraining")
        #expect(found.model("ZipMAE")?.role == .proposed)
        #expect(found.claims.first?.model == "ZipMAE")
    }

    @Test("\"our X approach\" makes a lexicon model out of a lower-case abbreviation")
    func ourAbbreviationApproach() {
        let (markup, found) = Run.abstract("We show that masked autoencoders ([[MAE]]) scale well. Our [[MAE]] approach is simple.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
    }

    @Test("an abbreviation in apposition to the proposed method is its name")
    func appositionAbbreviationIsAModel() {
        let (markup, found) = Run.abstract("""
            Model-based reinforcement learning (MBRL) is costly. We propose a novel MBRL algorithm, sample-based gradient tree search \
            ([[GRATS]]), that plans ahead. [[GRATS]] obtains the best returns.
            """)
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
        #expect(found.model("GRATS")?.role == .proposed)
    }

    @Test("a model's successor and its general architecture are models of their own (Med-PaLM 2, MetaFormer)")
    func successorsAreDistinct() {
        let (markup, found) = Run.abstract("[[Med-PaLM 2]] improves upon [[Med-PaLM]], and [[PoolFormer]] instantiates the [[MetaFormer]] architecture.")
        #expect(Markup.spans(of: found.modelMentions) == markup.spans)
        #expect(Set(found.models.map(\.name)) == ["Med-PaLM 2", "Med-PaLM", "PoolFormer", "MetaFormer"])
    }
}
