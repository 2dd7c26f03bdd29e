package dossier.releng.modelgen;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenJDKLevel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.GenPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.plugin.EcorePlugin;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.URIHandlerImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * Runs EMF's own code generator (org.eclipse.emf.codegen.ecore) without Eclipse: loads a .genmodel
 * and generates its MODEL code only (no edit, editor or tests code) into a folder.
 *
 * <pre>
 * GenerateModel generate BUNDLE_DIR GENMODEL OUT_DIR   # model code into OUT_DIR (emptied first)
 * GenerateModel update-genmodel BUNDLE_DIR GENMODEL    # (re)build GENMODEL from its .ecore, keeping its settings
 * </pre>
 *
 * BUNDLE_DIR is the bundle folder that the .genmodel's {@code platform:/resource/<bundle>/} URIs
 * name; the bundle name is the folder's name. The .genmodel's modelDirectory must be
 * {@code /<bundle>/src-gen}; generation is redirected to OUT_DIR by mapping a scratch project, so
 * nothing in BUNDLE_DIR is written and OUT_DIR receives exactly what EMF generates: the output is a
 * function of the .genmodel, the .ecore and the pinned EMF version (no timestamps; no JDT
 * formatting, codeFormatting is false; line delimiter fixed to LF).
 */
public final class GenerateModel {

    private static final String SCRATCH_PROJECT = "dossier.model.generator.out";

    private GenerateModel() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 4 && args[0].equals("generate")) {
            generate(Path.of(args[1]).toAbsolutePath().normalize(), Path.of(args[2]).toAbsolutePath().normalize(),
                    Path.of(args[3]).toAbsolutePath().normalize());
        } else if (args.length == 3 && args[0].equals("update-genmodel")) {
            updateGenModel(Path.of(args[1]).toAbsolutePath().normalize(),
                    Path.of(args[2]).toAbsolutePath().normalize());
        } else {
            System.err.println("usage: GenerateModel generate BUNDLE_DIR GENMODEL OUT_DIR");
            System.err.println("       GenerateModel update-genmodel BUNDLE_DIR GENMODEL");
            System.exit(2);
        }
    }

    /** Standalone EMF: metamodels, resource factories, platform:/resource and platform:/plugin URIs. */
    private static ResourceSet standalone(Path bundleDir) {
        EcorePackage.eINSTANCE.eClass();
        GenModelPackage.eINSTANCE.eClass();
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new XMIResourceFactoryImpl());
        Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());

        String bundle = bundleDir.getFileName().toString();
        EcorePlugin.getPlatformResourceMap().put(bundle, folderUri(bundleDir));

        ResourceSet resourceSet = new ResourceSetImpl();
        // Ecore's own genmodel (for EString, EDate ...) comes from the org.eclipse.emf.ecore jar
        URI ecoreJarModel = URI.createURI(
                EcorePackage.class.getResource("/model/Ecore.genmodel").toExternalForm()).trimSegments(2)
                .appendSegment("");
        resourceSet.getURIConverter().getURIMap().put(URI.createPlatformPluginURI("org.eclipse.emf.ecore/", false),
                ecoreJarModel);
        EcorePlugin.getEPackageNsURIToGenModelLocationMap(false).put(EcorePackage.eNS_URI,
                URI.createPlatformPluginURI("org.eclipse.emf.ecore/model/Ecore.genmodel", false));
        return resourceSet;
    }

    private static URI folderUri(Path dir) {
        return URI.createFileURI(dir.toString()).appendSegment("");
    }

    private static GenModel load(ResourceSet resourceSet, Path bundleDir, Path genModelFile) {
        URI uri = URI.createPlatformResourceURI(
                bundleDir.getFileName() + "/" + bundleDir.relativize(genModelFile).toString().replace('\\', '/'),
                true);
        Resource resource = resourceSet.getResource(uri, true);
        GenModel genModel = (GenModel) resource.getContents().get(0);
        EcoreUtil.resolveAll(resourceSet);
        for (Resource r : resourceSet.getResources()) {
            if (!r.getErrors().isEmpty()) {
                throw new IllegalStateException(r.getURI() + ": " + r.getErrors());
            }
        }
        return genModel;
    }

    static void generate(Path bundleDir, Path genModelFile, Path outDir) throws IOException {
        ResourceSet resourceSet = standalone(bundleDir);
        GenModel genModel = load(resourceSet, bundleDir, genModelFile);
        requireComplete(genModel, genModelFile);

        String bundle = bundleDir.getFileName().toString();
        String expected = "/" + bundle + "/src-gen";
        if (!expected.equals(genModel.getModelDirectory())) {
            throw new IllegalStateException("modelDirectory is " + genModel.getModelDirectory() + ", expected "
                    + expected);
        }

        // generate into a scratch project; OUT_DIR receives its src-gen only
        Path scratch = Files.createTempDirectory("dossier-modelgen");
        try {
            EcorePlugin.getPlatformResourceMap().put(SCRATCH_PROJECT, folderUri(scratch));
            genModel.setModelDirectory("/" + SCRATCH_PROJECT + "/src-gen");
            genModel.setCanGenerate(true);
            genModel.setLineDelimiter("\n");
            genModel.reconcile();

            Diagnostic validation = toDiagnostic(genModel);
            if (validation != null) {
                throw new IllegalStateException("invalid genmodel: " + validation);
            }

            GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
                    GenModelGeneratorAdapterFactory.DESCRIPTOR);
            Generator generator = new Generator();
            generator.setInput(genModel);
            Diagnostic diagnostic = generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE,
                    new BasicMonitor());
            if (diagnostic.getSeverity() >= Diagnostic.ERROR) {
                throw new IllegalStateException("generation failed: " + describe(diagnostic));
            }
            if (diagnostic.getSeverity() == Diagnostic.WARNING) {
                System.err.println("generator warnings: " + describe(diagnostic));
            }

            Path generated = scratch.resolve("src-gen");
            if (!Files.isDirectory(generated)) {
                throw new IllegalStateException("EMF generated nothing into " + generated);
            }
            deleteTree(outDir);
            Files.createDirectories(outDir);
            int count = copyTree(generated, outDir);
            System.out.println("generated " + count + " files into " + outDir);
        } finally {
            deleteTree(scratch);
        }
    }

    private static Diagnostic toDiagnostic(GenModel genModel) {
        org.eclipse.core.runtime.IStatus status = genModel.validate();
        return status.getSeverity() >= org.eclipse.core.runtime.IStatus.ERROR
                ? new org.eclipse.emf.common.util.BasicDiagnostic(Diagnostic.ERROR, "genmodel", 0,
                        status.getMessage() + " " + java.util.Arrays.toString(status.getChildren()), null)
                : null;
    }

    /** Fails if the .ecore has classifiers or features that the .genmodel does not list. */
    private static void requireComplete(GenModel genModel, Path genModelFile) {
        GenModel fresh = GenModelFactory.eINSTANCE.createGenModel();
        List<EPackage> packages = new ArrayList<>();
        for (GenPackage p : genModel.getGenPackages()) {
            packages.add(p.getEcorePackage());
        }
        fresh.initialize(packages);
        for (var it = genModel.eAllContents(); it.hasNext();) {
            if (it.next() instanceof org.eclipse.emf.codegen.ecore.genmodel.GenBase gen
                    && gen.getEcoreModelElement() != null && gen.getEcoreModelElement().eIsProxy()) {
                throw new IllegalStateException(genModelFile + " names " + EcoreUtil.getURI(gen.getEcoreModelElement())
                        + ", which the .ecore no longer has: run releng/regenerate-model.sh --update-genmodel");
            }
        }
        int expected = count(fresh);
        int actual = count(genModel);
        if (expected != actual) {
            throw new IllegalStateException(genModelFile + " is out of date with its .ecore (" + actual
                    + " elements, the .ecore needs " + expected + "): run releng/regenerate-model.sh --update-genmodel");
        }
    }

    private static int count(GenModel genModel) {
        int n = 0;
        for (var it = genModel.eAllContents(); it.hasNext();) {
            var o = it.next();
            if (o instanceof org.eclipse.emf.codegen.ecore.genmodel.GenBase
                    && !(o instanceof org.eclipse.emf.codegen.ecore.genmodel.GenAnnotation)) {
                n++;
            }
        }
        return n;
    }

    /** Builds the .genmodel from its .ecore like EMF's importer does, keeping the settings of an existing one. */
    static void updateGenModel(Path bundleDir, Path genModelFile) throws IOException {
        ResourceSet resourceSet = standalone(bundleDir);
        String bundle = bundleDir.getFileName().toString();
        GenModel old = load(resourceSet, bundleDir, genModelFile);

        List<EPackage> packages = new ArrayList<>();
        for (GenPackage p : old.getGenPackages()) {
            packages.add(p.getEcorePackage());
        }
        GenModel genModel = GenModelFactory.eINSTANCE.createGenModel();
        genModel.initialize(packages);
        genModel.reconcile(old);
        // the usedGenPackages for Ecore's types
        genModel.getUsedGenPackages().clear();
        genModel.getUsedGenPackages().addAll(old.getUsedGenPackages());
        if (genModel.getModelDirectory() == null) {
            genModel.setModelDirectory("/" + bundle + "/src-gen");
        }
        genModel.setComplianceLevel(GenJDKLevel.JDK170_LITERAL);
        // settings that reconcile does not carry over
        genModel.setImporterID(old.getImporterID());
        genModel.getForeignModel().addAll(old.getForeignModel());

        Resource resource = old.eResource();
        resource.getContents().set(0, genModel);
        Map<Object, Object> options = new HashMap<>();
        options.put(XMLResource.OPTION_ENCODING, "UTF-8");
        options.put(XMLResource.OPTION_LINE_DELIMITER, "\n");
        options.put(XMLResource.OPTION_LINE_WIDTH, 100);
        // keep platform:/plugin/... absolute, as Eclipse's genmodel editor writes it
        options.put(XMLResource.OPTION_URI_HANDLER, new URIHandlerImpl.PlatformSchemeAware());
        resource.save(options);
        System.out.println("updated " + genModelFile);
    }

    private static String describe(Diagnostic diagnostic) {
        StringBuilder b = new StringBuilder(String.valueOf(diagnostic.getMessage()));
        for (Diagnostic child : diagnostic.getChildren()) {
            b.append("\n  ").append(describe(child));
        }
        if (diagnostic.getException() != null) {
            b.append("\n  ").append(diagnostic.getException());
        }
        return b.toString();
    }

    private static int copyTree(Path from, Path to) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            Path target = to.resolve(from.relativize(f).toString());
            Files.createDirectories(target.getParent());
            // LF only, whatever the platform
            String text = Files.readString(f, StandardCharsets.UTF_8).replace("\r\n", "\n");
            Files.writeString(target, text, StandardCharsets.UTF_8);
        }
        return files.size();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
