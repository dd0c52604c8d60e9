package org.newsroom.news.importing;

import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;

/** Body addresses resolved through the first reading's index and what the import made of each attachment. */
public final class IndexedLinks implements ImportedLinks {

    private final WxrIndex index;
    private final LongFunction<Optional<ImportedFile>> importedAttachment;

    /** @param importedAttachment the media an attachment id was imported as, if it was */
    public IndexedLinks(WxrIndex index, LongFunction<Optional<ImportedFile>> importedAttachment) {
        this.index = index;
        this.importedAttachment = importedAttachment;
    }

    @Override
    public Optional<ImportedFile> file(String uploadUrl) {
        return index.attachmentForUrl(uploadUrl).flatMap(id -> importedAttachment.apply(id));
    }

    @Override
    public Optional<ImportedFile> attachment(long attachmentId) {
        return importedAttachment.apply(attachmentId);
    }

    @Override
    public List<Long> attachedTo(long postId) {
        return index.attachedTo(postId);
    }

    @Override
    public Optional<String> postAddress(String url) {
        return index.postFor(url).map(WxrIndex.PostAddress::newAddress);
    }
}
