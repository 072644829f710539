package se.samverkansportalen.web.discussion;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import se.samverkansportalen.service.discussion.DiscussionService;
import se.samverkansportalen.web.Messages;

/** Backs {@code plan/diskussion.xhtml}: the thread of one delmål or aktivitet. */
@Named
@ViewScoped
public class DiscussionBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DiscussionService discussion;

    @Inject
    Messages messages;

    private String type;
    private String item;
    private String label;
    private String newComment;
    private Long editing;
    private String editedText;
    private List<DiscussionService.CommentView> comments;

    public void load() {
        if (!messages.attempt(() -> comments = discussion.thread(type, item))) {
            comments = List.of();
        }
    }

    public void post() {
        if (messages.attempt(() -> discussion.post(type, item, newComment))) {
            newComment = null;
            messages.info("discussion.posted");
        }
        load();
    }

    public void startEditing(DiscussionService.CommentView comment) {
        editing = comment.id();
        editedText = comment.body();
    }

    public void saveEdit() {
        if (messages.attempt(() -> discussion.edit(editing, editedText))) {
            editing = null;
            messages.info("discussion.edited");
        }
        load();
    }

    public void delete(long commentId) {
        if (messages.attempt(() -> discussion.delete(commentId))) {
            messages.info("discussion.deleted");
        }
        load();
    }

    public List<DiscussionService.CommentView> getComments() {
        return comments;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getItem() {
        return item;
    }

    public void setItem(String item) {
        this.item = item;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getNewComment() {
        return newComment;
    }

    public void setNewComment(String newComment) {
        this.newComment = newComment;
    }

    public Long getEditing() {
        return editing;
    }

    public String getEditedText() {
        return editedText;
    }

    public void setEditedText(String editedText) {
        this.editedText = editedText;
    }
}
