package org.newsroom.news.section;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** A country or topic an article is filed under; stored data so admins can add sections. */
@Entity
@Table(name = "SECTION")
public class Section {

    @Id
    @SequenceGenerator(name = "SECTION_SEQ", sequenceName = "SECTION_SEQ", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "SECTION_SEQ")
    private Long id;

    @Column(name = "SLUG", nullable = false, unique = true, length = 80)
    private String slug;

    @Column(name = "NAME", nullable = false, length = 120)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "KIND", nullable = false, length = 20)
    private SectionKind kind;

    @Column(name = "SORT_ORDER", nullable = false)
    private int sortOrder;

    protected Section() {
        // for JPA
    }

    public Section(String slug, String name, SectionKind kind, int sortOrder) {
        this.slug = slug;
        this.name = name;
        this.kind = kind;
        this.sortOrder = sortOrder;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public SectionKind getKind() {
        return kind;
    }

    public int getSortOrder() {
        return sortOrder;
    }
}
